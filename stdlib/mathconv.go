package stdlib

import (
	"math"
	"math/big"

	"github.com/asyncscript/asyncscript/vm"
)

// mathFloat converts a math function's argument to a float as CPython's math module does:
// ints (and bools) convert, too-large ints overflow, anything else is a TypeError.
func mathFloat(v vm.Value) (float64, error) {
	switch x := v.(type) {
	case vm.Float:
		return float64(x), nil
	case *vm.BigInt:
		f, _ := new(big.Float).SetInt(x.Big()).Float64()
		if math.IsInf(f, 0) {
			return 0, vm.Errorf(vm.OverflowError, "int too large to convert to float")
		}
		return f, nil
	}
	if n, ok := smallInt(v); ok {
		return float64(n), nil
	}
	return 0, vm.Errorf(vm.TypeError, "must be real number, not %s", vm.TypeName(v))
}

// mathInt converts an argument that must be an integer to a big.Int.
func mathInt(v vm.Value) (*big.Int, error) {
	if b, ok := bigOf(v); ok {
		return b, nil
	}
	return nil, notAnInteger(v)
}

// isIntValue reports whether v is an int or a bool.
func isIntValue(v vm.Value) bool {
	switch v.(type) {
	case vm.Int, vm.Bool, *vm.BigInt:
		return true
	}
	return false
}

// floatToIntValue is int(f) for a finite float; infinities and NaN raise CPython's errors.
func floatToIntValue(f float64) (vm.Value, error) {
	if math.IsInf(f, 0) {
		return nil, vm.Errorf(vm.OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, vm.Errorf(vm.ValueError, "cannot convert float NaN to integer")
	}
	if f > -9e18 && f < 9e18 {
		return vm.MakeInt(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return vm.MakeBigInt(b), nil
}

var (
	errMathDomain = func() error { return vm.Errorf(vm.ValueError, "math domain error") }
	errMathRange  = func() error { return vm.Errorf(vm.OverflowError, "math range error") }
)

// mathResult checks a float result as CPython's math_1 does: NaN from a non-NaN argument is
// a domain error; an infinity from a finite argument is a range error when the function can
// overflow, a domain error (a pole) otherwise.
func mathResult(x, r float64, canOverflow bool) (vm.Value, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, errMathDomain()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return nil, errMathRange()
		}
		return nil, errMathDomain()
	}
	return vm.Float(r), nil
}
