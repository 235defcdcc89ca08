package stdlib

import (
	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
)

// The itertools classes that draw from one iterator, item by item.
var (
	cycleClass       = newIterClass("cycle")
	accumulateClass  = newIterClass("accumulate")
	compressClass    = newIterClass("compress")
	dropwhileClass   = newIterClass("dropwhile")
	takewhileClass   = newIterClass("takewhile")
	filterfalseClass = newIterClass("filterfalse")
	starmapClass     = newIterClass("starmap")
	pairwiseClass    = newIterClass("pairwise")
)

// predicateSig is the signature of the classes called as f(predicate, iterable).
func predicateSig(name string) vm.Signature {
	return vm.Signature{Name: name, Style: vm.PosArgs, Min: 2, Max: 2}
}

func init() {
	defineIterator(cycleClass, vm.Signature{Name: "cycle", Style: vm.PosArgs, Min: 1, Max: 1}, newCycle)
	defineIterator(accumulateClass, vm.Signature{Style: vm.ClinicArgs, Min: 1, Max: 2, Kw: []string{"iterable", "func"}, KwOnly: []string{"initial"}}, newAccumulate)
	defineIterator(compressClass, vm.Signature{Style: vm.ClinicArgs, Min: 2, Max: 2, Kw: []string{"data", "selectors"}}, newCompress)
	defineIterator(dropwhileClass, predicateSig("dropwhile"), newDropwhile)
	defineIterator(takewhileClass, predicateSig("takewhile"), newTakewhile)
	defineIterator(filterfalseClass, predicateSig("filterfalse"), newFilterfalse)
	defineIterator(starmapClass, predicateSig("starmap"), newStarmap)
	defineIterator(pairwiseClass, vm.Signature{Name: "pairwise", Style: vm.PosArgs, Min: 1, Max: 1}, newPairwise)
}

// newCycle is cycle(iterable): the items as they come, kept, then the kept items forever.
func newCycle(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error) {
	it, err := vm.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	var saved []vm.Value
	i := 0
	return func(th *vm.Thread) (vm.Value, error) {
		if it != nil {
			v, err := vm.Next(th, it)
			if v != nil || err != nil {
				saved = append(saved, v)
				return v, err
			}
			it = nil
		}
		if len(saved) == 0 {
			return nil, nil
		}
		v := saved[i]
		i = (i + 1) % len(saved)
		return v, nil
	}, nil
}

// newAccumulate is accumulate(iterable, func=None, *, initial=None): running totals.
func newAccumulate(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error) {
	it, err := vm.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	f, total, initial := vm.OrNone(args[1]), vm.Value(nil), vm.OrNone(args[2])
	return func(th *vm.Thread) (vm.Value, error) {
		if !vm.IsNone(initial) {
			total, initial = initial, vm.None
			return total, nil
		}
		v, err := vm.Next(th, it)
		if v == nil || err != nil {
			return nil, err
		}
		switch {
		case total == nil:
			total = v
		case vm.IsNone(f):
			total, err = vm.BinaryOp(th, int(bytecode.OpAdd), total, v)
		default:
			total, err = th.Call(f, []vm.Value{total, v}, nil)
		}
		return total, err
	}, nil
}

// newCompress is compress(data, selectors): the data whose selector is true.
func newCompress(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error) {
	its, err := iterAll(th, args)
	if err != nil {
		return nil, err
	}
	return func(th *vm.Thread) (vm.Value, error) {
		for {
			if err := th.Step(); err != nil {
				return nil, err
			}
			d, err := vm.Next(th, its[0])
			if d == nil || err != nil {
				return nil, err
			}
			s, err := vm.Next(th, its[1])
			if s == nil || err != nil {
				return nil, err
			}
			if ok, err := vm.Truth(th, s); ok || err != nil {
				return d, err
			}
		}
	}, nil
}

// newDropwhile is dropwhile(predicate, iterable): the items from the first one that fails
// the predicate on.
func newDropwhile(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error) {
	pred, it, err := predicateArgs(th, args)
	return whileStep(pred, it, false), err
}

// newTakewhile is takewhile(predicate, iterable): the items up to the first one that fails
// the predicate.
func newTakewhile(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error) {
	pred, it, err := predicateArgs(th, args)
	return whileStep(pred, it, true), err
}

// whileStep is the step of takewhile (take) and dropwhile: both test the items with pred
// until one fails it. takewhile yields the items before that one and then stops; dropwhile
// skips them and yields that one and every item after it, untested.
func whileStep(pred, it vm.Value, take bool) func(*vm.Thread) (vm.Value, error) {
	testing := true
	return func(th *vm.Thread) (vm.Value, error) {
		for it != nil {
			if err := th.Step(); err != nil {
				return nil, err
			}
			v, err := vm.Next(th, it)
			if v == nil || err != nil || !testing {
				return v, err
			}
			ok, err := callTruth(th, pred, v)
			switch {
			case err != nil:
				return nil, err
			case ok && take:
				return v, nil
			case ok:
				continue
			case take:
				it = nil
				return nil, nil
			}
			testing = false
			return v, nil
		}
		return nil, nil
	}
}

// newFilterfalse is filterfalse(predicate, iterable): the items that fail the predicate.
func newFilterfalse(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error) {
	pred, it, err := predicateArgs(th, args)
	return filterStep(pred, it, false), err
}

// newStarmap is starmap(function, iterable): function(*item) for each item.
func newStarmap(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error) {
	f, it, err := predicateArgs(th, args)
	if err != nil {
		return nil, err
	}
	return func(th *vm.Thread) (vm.Value, error) {
		v, err := vm.Next(th, it)
		if v == nil || err != nil {
			return nil, err
		}
		callArgs, isTuple := v.(vm.Tuple)
		if !isTuple {
			items, err := vm.ToSlice(th, v)
			if err != nil {
				return nil, err
			}
			callArgs = items
		}
		return th.Call(f, callArgs, nil)
	}, nil
}

// newPairwise is pairwise(iterable): each item with the one after it.
func newPairwise(th *vm.Thread, args []vm.Value) (func(*vm.Thread) (vm.Value, error), error) {
	it, err := vm.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	var prev vm.Value
	return func(th *vm.Thread) (vm.Value, error) {
		if it == nil {
			return nil, nil
		}
		if prev == nil {
			v, err := nextOrDrop(th, &it)
			if v == nil {
				return nil, err
			}
			prev = v
		}
		v, err := nextOrDrop(th, &it)
		if v == nil {
			return nil, err
		}
		pair := vm.Tuple{prev, v}
		prev = v
		return pair, nil
	}, nil
}
