package vm

import "github.com/asyncscript/asyncscript/lang/bytecode"

// builtinCompareOp is x op y for two built-in values (their subclass instances unwrapped),
// or nil when their types do not compare. Lists and tuples cannot go through the three-way
// builtinCompare: their items may be only partially ordered (NaN, sets) or have comparisons
// that return anything, and the operator has to reach the first differing pair itself.
func builtinCompareOp(th *Thread, op bytecode.CompareOp, x, y Value) (Value, error) {
	switch a := x.(type) {
	case *List:
		if b, ok := y.(*List); ok {
			return compareSeq(th, op, a.Items(), b.Items(), true)
		}
		return nil, nil
	case Tuple:
		if b, ok := y.(Tuple); ok {
			return compareSeq(th, op, a, b, false)
		}
		return nil, nil
	}
	c, ok, err := builtinCompare(th, x, y, op == bytecode.CmpEQ || op == bytecode.CmpNE)
	if !ok || err != nil {
		return nil, err
	}
	return Bool(cmpResult(op, c)), nil
}

// compareSeq is a op b for two lists or two tuples, as CPython orders sequences: the first
// index whose items are not == decides, by applying op to that pair (so (1,) > (nan,) is
// 1 > nan, false, and the result is whatever the items' comparison returns); when one is a
// prefix of the other, the lengths decide. Lists of different lengths are unequal without
// looking at the items (sizeFirst); tuples compare their common items first.
func compareSeq(th *Thread, op bytecode.CompareOp, a, b []Value, sizeFirst bool) (Value, error) {
	eqOp := op == bytecode.CmpEQ || op == bytecode.CmpNE
	if sizeFirst && eqOp && len(a) != len(b) {
		return Bool(op == bytecode.CmpNE), nil
	}
	if err := th.enterNested(compareNesting, 1); err != nil {
		return nil, err
	}
	defer th.leaveNested()
	for i := 0; i < len(a) && i < len(b); i++ {
		eq, err := Equal(th, a[i], b[i])
		if err != nil {
			return nil, err
		}
		if eq {
			continue
		}
		if eqOp {
			return Bool(op == bytecode.CmpNE), nil
		}
		return Compare(th, op, a[i], b[i])
	}
	return Bool(compareOrdered(op, Int(len(a)), Int(len(b)))), nil
}
