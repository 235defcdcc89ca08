package vm

// baseSlotFirst is x op y by the operator slot of x's built-in type, for the types CPython
// gives one (the numbers' arithmetic, str's %, the set operators, dict's |): a number takes
// another number or an instance of a number subclass (1.5 + MyInt(3)), str's % takes
// anything, sets take sets and dicts dicts, subclasses' instances included. x may be an
// instance of a subclass that does not define the operator itself. CPython tries that
// slot before the reflected method of y's class, unless y's class derives from x's and
// overrides it, which binaryOp has already called (reflectedFirst). It returns nil, nil
// when x has no such slot or the slot does not take y.
func baseSlotFirst(th *Thread, op int, x, y Value) (Value, error) {
	bx := x
	if b, ok := baseOf(x); ok {
		if _, own := x.Type().userMethod(binaryDunders[op][0]); own {
			return nil, nil
		}
		bx = b
	}
	cls := IntClass
	switch a := bx.(type) {
	case Float:
		cls = FloatClass
	case Int, Bool, *BigInt:
	case Str:
		if op == opMod && bx != x {
			return percentFormat(th, string(a), y)
		}
		return nil, nil
	case *Set:
		if b, ok := unwrap(y).(*Set); ok && (op == opSub || op >= opAnd && op <= opXor) {
			return builtinBinary(th, op, a, b)
		}
		return nil, nil
	case *Dict:
		if b, ok := unwrap(y).(*Dict); ok && op == opOr {
			return builtinBinary(th, op, a, b)
		}
		return nil, nil
	default:
		return nil, nil
	}
	by, ok := numberOperand(cls, y)
	if !ok {
		return nil, nil
	}
	return builtinBinary(th, op, bx, by)
}
