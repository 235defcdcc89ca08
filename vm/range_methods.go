package vm

import "math/big"

// range.index, range.count and range.__reversed__. An int (or bool) is answered arithmetically, in constant
// time; any other value is compared with each element in turn, as CPython does, since
// 3.0 == 3 and a user class may define __eq__.

func init() {
	RangeClass.DefineMethods([]MethodDef{
		{Name: "index", Style: OneArg, Fn: rangeIndex},
		{Name: "count", Style: OneArg, Fn: rangeCount},
		{Name: "__reversed__", Style: NoArgs, Fn: rangeReversed},
	})
}

// bigBounds is a range's start and step as big ints, for either representation.
func bigBounds(r Value) *BigRange {
	if b, ok := r.(*BigRange); ok {
		return b
	}
	s := r.(*Range)
	return &BigRange{Start: big.NewInt(s.Start), Stop: big.NewInt(s.Stop), Step: big.NewInt(s.Step)}
}

func rangeIndex(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	x := a[0]
	if isInt(x) {
		r := bigBounds(self)
		if !r.contains(x) {
			return nil, Errorf(ValueError, "%s is not in range", toBig(x))
		}
		d := new(big.Int).Sub(toBig(x), r.Start)
		return MakeBigInt(d.Quo(d, r.Step)), nil
	}
	i, found := int64(0), false
	err := Iterate(th, self, func(v Value) error {
		eq, err := Equal(th, v, x)
		if eq {
			found = true
			return errStop
		}
		i++
		return err
	})
	if err != nil && err != errStop {
		return nil, err
	}
	if !found {
		return nil, Errorf(ValueError, "sequence.index(x): x not in sequence")
	}
	return MakeInt(i), nil
}

func rangeCount(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	x := a[0]
	if isInt(x) {
		if bigBounds(self).contains(x) {
			return MakeInt(1), nil
		}
		return MakeInt(0), nil
	}
	n := int64(0)
	err := Iterate(th, self, func(v Value) error {
		eq, err := Equal(th, v, x)
		if eq {
			n++
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return MakeInt(n), nil
}

// rangeReversed is range.__reversed__: an iterator from the last value down, computed
// rather than listed, so reversed(range(10**9)) costs nothing up front.
func rangeReversed(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
	if r, ok := self.(*Range); ok {
		n := r.Len()
		return &rangeIter{next: r.Start + (n-1)*r.Step, step: -r.Step, left: n}, nil
	}
	r := self.(*BigRange)
	n := r.length()
	last := new(big.Int).Sub(n, big.NewInt(1))
	last.Mul(last, r.Step).Add(last, r.Start)
	return &bigRangeIter{next: last, step: new(big.Int).Neg(r.Step), left: n}, nil
}
