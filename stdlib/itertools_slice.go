package stdlib

import (
	"math"

	"github.com/asyncscript/asyncscript/vm"
)

// The itertools classes that draw from several iterators, or from part of one.
var (
	chainClass      = newIterClass("chain")
	isliceClass     = newIterClass("islice")
	zipLongestClass = newIterClass("zip_longest")
)

func init() {
	defineIterator(chainClass, vm.Signature{Name: "chain", Style: vm.VarArgs}, func(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error) {
		sources, err := vm.Iter(th, vm.Tuple(args))
		return chainNext(sources), err
	})
	chainClass.DefineClassMethods([]vm.MethodDef{{Name: "from_iterable", Style: vm.OneArg, Fn: func(th *vm.Thread, cls vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		sources, err := vm.Iter(th, args[0])
		if err != nil {
			return nil, err
		}
		return vm.WrapBuiltin(cls.(*vm.Class), &funcIterator{class: chainClass, next: chainNext(sources)}), nil
	}}})
	defineIterator(isliceClass, vm.Signature{Name: "islice", Style: vm.PosArgs, Min: 2, Max: 4}, newIslice)
	zipLongestClass.DefineConstructor(vm.Signature{Name: "zip_longest", Style: vm.VarKwArgs}, newZipLongest)
}

// chainNext is the step of a chain over the iterables sources yields: it iterates each in
// turn, calling iter() on one only when it gets to it.
func chainNext(sources vm.Value) func(*vm.Thread) (vm.Value, error) {
	var current vm.Value
	return func(th *vm.Thread) (vm.Value, error) {
		for sources != nil {
			if err := th.Step(); err != nil {
				return nil, err
			}
			if current == nil {
				src, err := nextOrDrop(th, &sources)
				if src == nil {
					return nil, err
				}
				if current, err = vm.Iter(th, src); err != nil {
					return nil, err
				}
			}
			v, err := vm.Next(th, current)
			if v != nil || err != nil {
				return v, err
			}
			current = nil
		}
		return nil, nil
	}
}

// The islice argument errors.
const (
	isliceStopError    = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	isliceIndicesError = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	isliceStepError    = "Step for islice() must be a positive integer or None."
)

// isliceIndex converts an islice argument as CPython does: none for None, -1 for a value
// that is not an integer or does not fit in a machine word; the caller words the error.
func isliceIndex(th *vm.Thread, v vm.Value, none int) int {
	if vm.IsNone(v) {
		return none
	}
	n, err := vm.IndexArg(th, v)
	if err != nil {
		return -1
	}
	return n
}

// newIslice is islice(iterable, stop) or islice(iterable, start, stop[, step]).
func newIslice(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error) {
	start, stopArg := 0, args[1]
	if args[2] != nil {
		start, stopArg = isliceIndex(th, args[1], 0), args[2]
	}
	stop := isliceIndex(th, stopArg, -1)
	if stop == -1 && !vm.IsNone(stopArg) {
		return nil, vm.Errorf(vm.ValueError, isliceStopError)
	}
	if start < 0 || stop < -1 {
		return nil, vm.Errorf(vm.ValueError, isliceIndicesError)
	}
	step := 1
	if args[3] != nil {
		step = isliceIndex(th, args[3], 1)
	}
	if step < 1 {
		return nil, vm.Errorf(vm.ValueError, isliceStepError)
	}
	it, err := vm.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	count, next := 0, start
	return func(th *vm.Thread) (vm.Value, error) {
		if it == nil {
			return nil, nil
		}
		for count < next {
			if err := th.Step(); err != nil {
				return nil, err
			}
			if v, err := nextOrDrop(th, &it); v == nil {
				return nil, err
			}
			count++
		}
		if stop != -1 && count >= stop {
			it = nil
			return nil, nil
		}
		v, err := nextOrDrop(th, &it)
		if v == nil {
			return nil, err
		}
		count++
		if next > math.MaxInt-step || stop != -1 && next+step > stop {
			next = stop
		} else {
			next += step
		}
		return v, nil
	}, nil
}

// newZipLongest is zip_longest(*iterables, fillvalue=None): tuples until the longest
// iterable is exhausted, the shorter ones' places filled with fillvalue.
func newZipLongest(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	var fill vm.Value = vm.None
	if kwargs != nil && kwargs.Len() > 0 {
		v, ok := kwargs.GetStr("fillvalue")
		if !ok || kwargs.Len() != 1 {
			return nil, vm.Errorf(vm.TypeError, "zip_longest() got an unexpected keyword argument")
		}
		fill = v
	}
	its, err := iterAll(th, args)
	if err != nil {
		return nil, err
	}
	active := len(its)
	return &funcIterator{class: zipLongestClass, next: func(th *vm.Thread) (vm.Value, error) {
		if active == 0 {
			return nil, nil
		}
		row := make(vm.Tuple, len(its))
		for i, it := range its {
			if it == nil {
				row[i] = fill
				continue
			}
			v, err := vm.Next(th, it)
			if err != nil {
				active = 0
				return nil, err
			}
			if v == nil {
				if active--; active == 0 {
					return nil, nil
				}
				its[i], v = nil, fill
			}
			row[i] = v
		}
		return row, nil
	}}, nil
}
