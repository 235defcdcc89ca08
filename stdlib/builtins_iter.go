package stdlib

import "github.com/asyncscript/asyncscript/vm"

func builtinIter(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if args[1] == nil {
		return vm.Iter(th, args[0])
	}
	return callableIter(th, args[0], args[1])
}

// callableIteratorClass is the class of iter(callable, sentinel).
var callableIteratorClass = vm.NewBuiltinClass("callable_iterator", vm.ObjectClass)

// callableIter is iter(f, sentinel): it calls f until f returns something equal to
// sentinel, and is exhausted from then on.
func callableIter(th *vm.Thread, f, sentinel vm.Value) (vm.Value, error) {
	if !vm.Callable(f) {
		return nil, vm.Errorf(vm.TypeError, "iter(v, w): v must be callable")
	}
	done := false
	return &funcIterator{class: callableIteratorClass, next: func(th *vm.Thread) (vm.Value, error) {
		if done {
			return nil, nil
		}
		v, err := th.Call(f, nil, nil)
		if err != nil {
			return nil, err
		}
		eq, err := vm.Equal(th, v, sentinel)
		if err != nil || eq {
			done = err == nil
			return nil, err
		}
		return v, nil
	}}, nil
}

func builtinNext(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	it := args[0]
	if _, ok := it.(vm.Iterator); !ok {
		if _, ok := it.Type().Lookup("__next__"); !ok {
			return nil, vm.Errorf(vm.TypeError, "'%s' object is not an iterator", vm.TypeName(it))
		}
		// A user iterator's StopIteration (and its value) propagates as it is.
		m, _ := it.Type().Lookup("__next__")
		v, err := th.Call(m, []vm.Value{it}, nil)
		if e, ok := err.(*vm.Exception); ok && args[1] != nil && e.Class.IsSubclass(vm.StopIteration) {
			return args[1], nil
		}
		return v, err
	}
	if g, ok := it.(*vm.Generator); ok {
		// A generator's return value travels in the StopIteration, as in CPython.
		v, done, err := g.Resume(th, vm.None, nil)
		switch {
		case err != nil:
			return nil, err
		case !done:
			return v, nil
		case args[1] != nil:
			return args[1], nil
		case vm.IsNone(v):
			return nil, vm.NewException(vm.StopIteration)
		}
		return nil, vm.NewException(vm.StopIteration, v)
	}
	v, err := vm.Next(th, it)
	if err != nil {
		return nil, err
	}
	if v == nil {
		if args[1] != nil {
			return args[1], nil
		}
		return nil, vm.NewException(vm.StopIteration)
	}
	return v, nil
}

// sortedPositional checks sorted's positional argument; its keyword arguments go to
// list.sort, which checks them, as in CPython.
var sortedPositional = vm.Signature{Name: "sorted", Style: vm.PosArgs, Min: 1, Max: 1}

func builtinSorted(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	args, err := sortedPositional.Bind(args, nil)
	if err != nil {
		return nil, err
	}
	items, err := vm.ToSlice(th, args[0])
	if err != nil {
		return nil, err
	}
	l := vm.NewList(append([]vm.Value(nil), items...))
	sort, err := vm.GetAttr(th, l, "sort")
	if err != nil {
		return nil, err
	}
	if _, err := th.Call(sort, nil, kwargs); err != nil {
		return nil, err
	}
	return l, nil
}
