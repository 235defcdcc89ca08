package vm

import (
	"math"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// floatItab is the interface word that marks a Value as holding a Float (see slabItab).
var floatItab = slabItab[Float](1.5e300, -2.25)

// boxFloat is Float(f) as a Value for the interpreter's arithmetic fast paths, carved out of a
// per-thread slab as boxInt does ints: one allocation per slabSize results.
func (th *Thread) boxFloat(f float64) Value {
	if floatItab == nil {
		return Float(f)
	}
	return th.boxWord(floatItab, math.Float64bits(f))
}

// floatOp computes +, -, * and / (in place or not) of a float and a float or an int, as
// builtinBinary would: the int converted to the nearest float, then the float operation. ok
// is false for any other operands or operator, and for a zero divisor (the slow path raises).
func (th *Thread) floatOp(op bytecode.BinaryOp, x, y Value) (r Value, ok bool) {
	a, aFloat, ok := floatOperand(x)
	if !ok {
		return nil, false
	}
	b, bFloat, ok := floatOperand(y)
	if !ok || !aFloat && !bFloat {
		return nil, false // int op int is exact int arithmetic, true division included
	}
	if op >= bytecode.InplaceOffset {
		op -= bytecode.InplaceOffset
	}
	switch op {
	case bytecode.OpAdd:
		return th.boxFloat(a + b), true
	case bytecode.OpSub:
		return th.boxFloat(a - b), true
	case bytecode.OpMul:
		return th.boxFloat(a * b), true
	case bytecode.OpTrueDiv:
		if b != 0 {
			return th.boxFloat(a / b), true
		}
	}
	return nil, false
}

// floatOperand is v as a float64 when v is a Float or an Int, and whether it was a Float.
func floatOperand(v Value) (f float64, isFloat, ok bool) {
	switch v := v.(type) {
	case Float:
		return float64(v), true, true
	case Int:
		return float64(v), false, true
	}
	return 0, false, false
}

// Add is x + y as BinaryOp computes it, through the dispatch loop's fast paths for ints and
// floats first: sum() adds its items this way.
func (th *Thread) Add(x, y Value) (Value, error) {
	if a, ok := x.(Int); ok {
		if b, ok := y.(Int); ok {
			if s := a + b; (s > a) == (b > 0) {
				return th.boxInt(int64(s)), nil
			}
		}
	}
	if r, ok := th.floatOp(bytecode.OpAdd, x, y); ok {
		return r, nil // sum()'s start 0 and a float item come here too
	}
	return BinaryOp(th, int(bytecode.OpAdd), x, y)
}
