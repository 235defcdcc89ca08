package stdlib

import (
	"errors"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
)

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
		case v == vm.None:
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

func builtinAny(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return anyAll(th, "any", args, true)
}

func builtinAll(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return anyAll(th, "all", args, false)
}

// anyAll stops at the first item whose truth is stopAt.
func anyAll(th *vm.Thread, name string, args []vm.Value, stopAt bool) (vm.Value, error) {
	found := false
	err := iterateUntil(th, args[0], func(v vm.Value) (bool, error) {
		t, err := vm.Truth(th, v)
		if t == stopAt {
			found = true
		}
		return found, err
	})
	if err != nil {
		return nil, err
	}
	return vm.Bool(found == stopAt), nil
}

// iterateUntil calls fn for each item until it returns true or an error.
func iterateUntil(th *vm.Thread, iterable vm.Value, fn func(vm.Value) (bool, error)) error {
	err := vm.Iterate(th, iterable, func(v vm.Value) error {
		stop, err := fn(v)
		if err == nil && stop {
			return errFound
		}
		return err
	})
	if err == errFound {
		return nil
	}
	return err
}

// errFound stops iterateUntil's iteration early.
var errFound = errors.New("found")

func builtinSum(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	var total vm.Value = vm.MakeInt(0)
	if args[1] != nil {
		total = args[1]
		switch total.(type) {
		case vm.Str:
			return nil, vm.Errorf(vm.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		case vm.Bytes, *vm.ByteArray:
			return nil, vm.Errorf(vm.TypeError, "sum() can't sum %s [use b''.join(seq) instead]", vm.TypeName(total))
		}
	}
	err := vm.Iterate(th, args[0], func(v vm.Value) error {
		var err error
		total, err = vm.BinaryOp(th, int(bytecode.OpAdd), total, v)
		return err
	})
	return total, err
}

func builtinMin(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return minMax(th, "min", args, bytecode.CmpLT)
}

func builtinMax(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return minMax(th, "max", args, bytecode.CmpGT)
}

// minMaxSignature is the signature of min and max: the items, then key and default.
func minMaxSignature(name string) vm.Signature {
	return vm.Signature{Name: name, Style: vm.VarArgs, Min: 1, KwOnly: []string{"key", "default"}}
}

// minMax finds the first extreme item under op (< for min, > for max); args are bound by
// minMaxSignature.
func minMax(th *vm.Thread, name string, args []vm.Value, op bytecode.CompareOp) (vm.Value, error) {
	n := len(args) - 2
	key, def := args[n], args[n+1]
	args = args[:n]
	hasDefault := def != nil
	var iterable vm.Value = vm.Tuple(append([]vm.Value(nil), args...))
	if len(args) == 1 {
		iterable = args[0]
	} else if hasDefault {
		return nil, vm.Errorf(vm.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
	}
	var best, bestKey vm.Value
	err := vm.Iterate(th, iterable, func(v vm.Value) error {
		k := v
		if key != nil && key != vm.None {
			var err error
			if k, err = th.Call(key, []vm.Value{v}, nil); err != nil {
				return err
			}
		}
		if best == nil {
			best, bestKey = v, k
			return nil
		}
		r, err := vm.Compare(th, op, k, bestKey)
		if err != nil {
			return err
		}
		if t, err := vm.Truth(th, r); err != nil || t {
			best, bestKey = v, k
			return err
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if best == nil {
		if hasDefault {
			return def, nil
		}
		return nil, vm.Errorf(vm.ValueError, "%s() arg is an empty sequence", name)
	}
	return best, nil
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
