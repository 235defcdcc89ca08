package vm

import (
	"math"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// The special methods of int, bool and float that explicit lookups find ((3).__add__(4),
// int.__add__, functools.reduce(int.__add__, xs)). The operators never call them: they keep
// their native paths. Each binary slot accepts the operand types CPython's does and returns
// NotImplemented for the others, then applies the interpreter's own operator to the pair.

// NumberSlot is the body of a binary special method of int or float once both operands are
// accepted (x is the left operand, y the right, whichever of them is self); mod is the
// third argument of __pow__, nil when absent.
type NumberSlot func(th *Thread, x, y, mod Value) (Value, error)

// DefineNumberSlots installs the special method name and its reflected form rname on int
// or float: self.name(other) is fn(self, other) and self.rname(other) is fn(other, self)
// when the class's slot takes other's type, else NotImplemented. ternary methods take
// __pow__'s optional modulus.
func (c *Class) DefineNumberSlots(name, rname string, ternary bool, fn NumberSlot) {
	style, max := OneArg, 1
	if ternary {
		style, max = PosArgs, 2
	}
	for i, n := range [2]string{name, rname} {
		reflect := i == 1
		c.DefineSpecialMethods([]MethodDef{{Name: n, Style: style, Min: 1, Max: max, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			other, ok := numberOperand(c, a[0])
			if !ok {
				return NotImplemented, nil
			}
			var mod Value
			if ternary && a[1] != nil && !IsNone(a[1]) {
				mod = a[1]
			}
			x := numberSelf(c, self)
			if reflect {
				return fn(th, other, x, mod)
			}
			return fn(th, x, other, mod)
		}}})
	}
}

// numberOperand is v as an operand of a binary slot of int or float (an int for int's,
// an int or a float for float's), or false when the slot does not take v's type.
func numberOperand(c *Class, v Value) (Value, bool) {
	v = unwrap(v)
	if isInt(v) {
		return numberSelf(IntClass, v), true
	}
	if f, ok := v.(Float); ok && c == FloatClass {
		return f, true
	}
	return nil, false
}

// numberSelf is the receiver of a special method of c as the value the method works on:
// a bool is an int to int's methods (int.__and__(True, True) is 1).
func numberSelf(c *Class, v Value) Value {
	if b, ok := v.(Bool); ok && c == IntClass {
		return MakeBigInt(toBig(b))
	}
	return v
}

// truthDunder is __bool__ of the built-in classes that have one: the value's truth.
func truthDunder(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
	t, err := Truth(th, self)
	return Bool(t), err
}

func init() {
	for _, op := range []int{opAdd, opSub, opMul, opTrueDiv, opFloorDiv, opMod, opLShift, opRShift, opAnd, opOr, opXor} {
		op := op
		apply := func(th *Thread, x, y, _ Value) (Value, error) { return BinaryOp(th, op, x, y) }
		IntClass.DefineNumberSlots(binaryDunders[op][0], binaryDunders[op][1], false, apply)
		if op < opLShift {
			FloatClass.DefineNumberSlots(binaryDunders[op][0], binaryDunders[op][1], false, apply)
		}
	}
	// bool's own &, | and ^ keep a bool when both operands are bools.
	for _, op := range []int{opAnd, opOr, opXor} {
		op := op
		BoolClass.DefineSpecialMethods(reflectedPair(binaryDunders[op][0], binaryDunders[op][1], isIntOperand, func(th *Thread, x, y Value) (Value, error) {
			return BinaryOp(th, op, unwrap(x), unwrap(y))
		}))
	}
	unary := func(op bytecode.Opcode) MethodFunc {
		return func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return unaryOp(th, op, numberSelf(IntClass, self))
		}
	}
	IntClass.DefineSpecialMethods([]MethodDef{
		{Name: "__neg__", Style: NoArgs, Fn: unary(bytecode.UNARY_NEGATIVE)},
		{Name: "__pos__", Style: NoArgs, Fn: unary(bytecode.UNARY_POSITIVE)},
		{Name: "__invert__", Style: NoArgs, Fn: unary(bytecode.UNARY_INVERT)},
		{Name: "__bool__", Style: NoArgs, Fn: truthDunder},
		{Name: "__int__", Style: NoArgs, Fn: exactInt},
		{Name: "__trunc__", Style: NoArgs, Fn: exactInt},
		{Name: "__floor__", Style: NoArgs, Fn: exactInt},
		{Name: "__ceil__", Style: NoArgs, Fn: exactInt},
		{Name: "__float__", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			f, _, err := asFloat(self)
			return Float(f), err
		}},
	})
	for _, c := range []*Class{NoneClass, RangeClass} {
		c.DefineSpecialMethods([]MethodDef{{Name: "__bool__", Style: NoArgs, Fn: truthDunder}})
	}
	floatToward := func(round func(float64) float64) MethodFunc {
		return func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return floatToInt(round(float64(self.(Float))))
		}
	}
	FloatClass.DefineSpecialMethods([]MethodDef{
		{Name: "__neg__", Style: NoArgs, Fn: unary(bytecode.UNARY_NEGATIVE)},
		{Name: "__pos__", Style: NoArgs, Fn: unary(bytecode.UNARY_POSITIVE)},
		{Name: "__bool__", Style: NoArgs, Fn: truthDunder},
		{Name: "__int__", Style: NoArgs, Fn: floatToward(math.Trunc)},
		{Name: "__trunc__", Style: NoArgs, Fn: floatToward(math.Trunc)},
		{Name: "__floor__", Style: NoArgs, Fn: floatToward(math.Floor)},
		{Name: "__ceil__", Style: NoArgs, Fn: floatToward(math.Ceil)},
		{Name: "__float__", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return self.(Float), nil
		}},
	})
}

// isIntOperand reports whether v is an int, a bool or an instance of a subclass of int.
func isIntOperand(v Value) bool { return isInt(unwrap(v)) }

// reflectedPair is the special methods name and rname with body fn: self.name(other) is
// fn(self, other) and self.rname(other) is fn(other, self) when accept(other), else
// NotImplemented.
func reflectedPair(name, rname string, accept func(Value) bool, fn func(th *Thread, x, y Value) (Value, error)) []MethodDef {
	slot := func(name string, reflect bool) MethodDef {
		return MethodDef{Name: name, Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			switch {
			case !accept(a[0]):
				return NotImplemented, nil
			case reflect:
				return fn(th, a[0], self)
			}
			return fn(th, self, a[0])
		}}
	}
	return []MethodDef{slot(name, false), slot(rname, true)}
}
