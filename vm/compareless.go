package vm

import (
	"cmp"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// Less is a < b as sorting, min/max and the heapq and bisect cores use it: the truth of the
// rich comparison, as CPython's PyObject_RichCompareBool(a, b, Py_LT).
// Ints, strs and tuples that differ at an int or str (the usual sort keys) are ordered here
// directly: their classes are closed (see closedKind), so the result is the one Compare
// would give, without its dispatch, the Bool it boxes or compareSeq's nesting guard.
func Less(th *Thread, a, b Value) (bool, error) {
	if c, ok := cmpScalar(a, b); ok {
		return c < 0, nil
	}
	if x, ok := a.(Tuple); ok {
		if y, ok := b.(Tuple); ok {
			if c, ok := cmpTupleScalars(x, y); ok {
				return c < 0, nil
			}
		}
	}
	r, err := Compare(th, bytecode.CmpLT, a, b)
	if err != nil {
		return false, err
	}
	return Truth(th, r)
}

// cmpScalar orders two ints or two strs; ok is false for any other pair.
func cmpScalar(a, b Value) (c int, ok bool) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return cmp.Compare(x, y), true
		}
	case Str:
		if y, ok := b.(Str); ok {
			return cmp.Compare(x, y), true
		}
	}
	return 0, false
}

// cmpTupleScalars orders two tuples lexicographically as compareSeq does, as long as every
// pair of items it looks at is two ints or two strs; ok is false when it meets another pair.
func cmpTupleScalars(x, y Tuple) (int, bool) {
	for i := 0; i < len(x) && i < len(y); i++ {
		c, ok := cmpScalar(x[i], y[i])
		if !ok || c != 0 {
			return c, ok
		}
	}
	return cmp.Compare(len(x), len(y)), true
}
