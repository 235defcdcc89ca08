package stdlib

import "github.com/asyncscript/asyncscript/vm"

// builtinAiter is aiter(async_iterable): its __aiter__(), which must be an async iterator.
func builtinAiter(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	it, err := callSpecial(th, args[0], "__aiter__", "an async iterable")
	if err != nil {
		return nil, err
	}
	if _, ok := it.Type().Lookup("__anext__"); !ok {
		return nil, vm.Errorf(vm.TypeError, "aiter() returned not an async iterator of type '%s'", vm.TypeName(it))
	}
	return it, nil
}

// builtinAnext is anext(async_iterator[, default]): the awaitable of its __anext__(), which
// with a default gives the default instead of raising StopAsyncIteration.
func builtinAnext(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	aw, err := callSpecial(th, args[0], "__anext__", "an async iterator")
	if err != nil || args[1] == nil {
		return aw, err
	}
	in := th.Interp()
	helper, err := in.Import("_anext")
	if err != nil {
		return nil, err
	}
	in.HideFromTracebacks("<asyncscript>/_anext.py")
	wrap, _ := helper.Get("anext_default")
	return th.Call(wrap, []vm.Value{aw, args[1]}, nil)
}

// callSpecial calls obj's special method name, looked up on its type; an object without one
// is not what the caller needs (what, as "an async iterator").
func callSpecial(th *vm.Thread, obj vm.Value, name, what string) (vm.Value, error) {
	m, ok := obj.Type().Lookup(name)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "'%s' object is not %s", vm.TypeName(obj), what)
	}
	return th.Call(m, []vm.Value{obj}, nil)
}
