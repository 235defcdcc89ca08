package vm

import (
	"math"
	"math/big"
)

func init() {
	IntClass.DefineMethods([]MethodDef{
		{Name: "bit_length", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return MakeInt(int64(toBig(self).BitLen())), nil
		}},
		{Name: "__index__", Style: NoArgs, Fn: exactInt},
		// conjugate is the numeric tower's: an int (or bool) is its own conjugate, as an int.
		{Name: "conjugate", Style: NoArgs, Fn: exactInt},
	})
	FloatClass.DefineMethods([]MethodDef{
		{Name: "is_integer", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			f := float64(self.(Float))
			return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
		}},
		{Name: "as_integer_ratio", Style: NoArgs, Fn: floatAsIntegerRatio},
		{Name: "hex", Style: NoArgs, Fn: floatHexMethod},
		{Name: "conjugate", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return self.(Float), nil
		}},
	})
	FloatClass.DefineClassMethods([]MethodDef{{Name: "fromhex", Style: OneArg, Fn: floatFromHex}})
}

// exactInt is int(self) for an int, a bool or an instance of a subclass of int: the value
// as an exact int.
func exactInt(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
	return MakeBigInt(toBig(self)), nil
}

// floatAsIntegerRatio is float.as_integer_ratio: the exact value as a fraction in lowest
// terms with a positive denominator.
func floatAsIntegerRatio(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
	f := float64(self.(Float))
	switch {
	case math.IsInf(f, 0):
		return nil, Errorf(OverflowError, "cannot convert Infinity to integer ratio")
	case math.IsNaN(f):
		return nil, Errorf(ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f) // exact, and already in lowest terms
	return Tuple{MakeBigInt(r.Num()), MakeBigInt(r.Denom())}, nil
}

// intAttr gives the numeric-tower attributes of an int: real, imag, numerator, denominator.
func intAttr(v Value, name string) (Value, bool) {
	switch name {
	case "real", "numerator":
		return MakeBigInt(toBig(v)), true
	case "imag":
		return MakeInt(0), true
	case "denominator":
		return MakeInt(1), true
	}
	return nil, false
}

// Attr implements AttrGetter.
func (i Int) Attr(name string) (Value, bool) { return intAttr(i, name) }

// Attr implements AttrGetter.
func (b *BigInt) Attr(name string) (Value, bool) { return intAttr(b, name) }

// Attr implements AttrGetter.
func (b Bool) Attr(name string) (Value, bool) { return intAttr(b, name) }

// Attr implements AttrGetter: a float's real and imaginary parts.
func (f Float) Attr(name string) (Value, bool) {
	switch name {
	case "real":
		return f, true
	case "imag":
		return Float(0), true
	}
	return nil, false
}
