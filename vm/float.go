package vm

import (
	"math"
	"math/big"

	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

// Float is a float value.
type Float float64

// FloatClass is the class of floats.
var FloatClass = newBuiltinClass("float", ObjectClass)

// Type implements Value.
func (Float) Type() *Class { return FloatClass }

// asFloat converts an int or float operand to float64 for mixed arithmetic.
func asFloat(v Value) (float64, bool, error) {
	switch v := v.(type) {
	case Float:
		return float64(v), true, nil
	case Int:
		return float64(v), true, nil
	case Bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		f, _ := new(big.Float).SetInt(&v.v).Float64()
		if math.IsInf(f, 0) {
			return 0, true, Errorf(OverflowError, "int too large to convert to float")
		}
		return f, true, nil
	}
	return 0, false, nil
}

// floatArith does arithmetic where at least one operand is a float.
func floatArith(op int, a, b float64) (Value, error) {
	switch op {
	case opAdd:
		return Float(a + b), nil
	case opSub:
		return Float(a - b), nil
	case opMul:
		return Float(a * b), nil
	case opTrueDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float division by zero")
		}
		return Float(a / b), nil
	case opFloorDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float floor division by zero")
		}
		q, _ := floatDivmod(a, b)
		return Float(q), nil
	case opMod:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float modulo")
		}
		_, m := floatDivmod(a, b)
		return Float(m), nil
	case opPow:
		return floatPow(a, b)
	}
	return nil, nil
}

// floatDivmod returns Python's (a // b, a % b) for floats: the remainder takes the sign of b.
func floatDivmod(a, b float64) (float64, float64) {
	mod := math.Mod(a, b)
	div := (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
			div -= 1
		}
	} else {
		mod = math.Copysign(0, b)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, a/b)
	}
	return floordiv, mod
}

// ComplexUnsupported is the error for an operation whose result (or argument) would be a
// complex number, which asyncscript does not support.
func ComplexUnsupported() *Exception {
	return Errorf(NotImplementedError, "complex numbers are not supported by asyncscript")
}

func floatPow(a, b float64) (Value, error) {
	if a == 0 && b < 0 {
		return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	if a < 0 && b != math.Trunc(b) {
		// Python returns a complex number here; asyncscript has none.
		return nil, ComplexUnsupported()
	}
	r := libmPow(a, b)
	if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
		return nil, Errorf(OverflowError, "(34, 'Numerical result out of range')")
	}
	return Float(r), nil
}

// floatRepr is Python's repr (and str) of a float.
func floatRepr(f float64) string { return pyfmt.FloatRepr(f) }

// floatToInt truncates a float toward zero, as int(x) does.
func floatToInt(f float64) (Value, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	t := math.Trunc(f)
	if t >= -(1<<63) && t < 1<<63 {
		return MakeInt(int64(t)), nil
	}
	b, _ := new(big.Float).SetFloat64(t).Int(nil)
	return MakeBigInt(b), nil
}

// ToFloat converts a real number (int, bool or float) to float64; ok is false for other
// values and for ints too large for a float.
func ToFloat(v Value) (f float64, ok bool) {
	f, ok, err := asFloat(v)
	return f, ok && err == nil
}
