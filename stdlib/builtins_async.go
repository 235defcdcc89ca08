package stdlib

import "github.com/asyncscript/asyncscript/vm"

// builtinAiter is aiter(async_iterable): its __aiter__(), which must be an async iterator.
func builtinAiter(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	obj := args[0]
	m, ok := obj.Type().Lookup("__aiter__")
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "'%s' object is not an async iterable", vm.TypeName(obj))
	}
	it, err := th.Call(m, []vm.Value{obj}, nil)
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
	it := args[0]
	m, ok := it.Type().Lookup("__anext__")
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "'%s' object is not an async iterator", vm.TypeName(it))
	}
	aw, err := th.Call(m, []vm.Value{it}, nil)
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
