package stdlib

import (
	"math"
	"math/big"

	"github.com/asyncscript/asyncscript/vm"
)

// mathFloat converts a math function's argument to a float as CPython's math module does:
// ints (and bools) convert, too-large ints overflow, an object converts through its
// __float__ or else its __index__, anything else is a TypeError.
func mathFloat(th *vm.Thread, v vm.Value) (float64, error) {
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
	if hasSpecial(v, "__float__") || hasSpecial(v, "__index__") {
		f, err := th.Call(vm.FloatClass, []vm.Value{v}, nil)
		if err != nil {
			return 0, err
		}
		return mathFloat(th, f)
	}
	return 0, vm.Errorf(vm.TypeError, "must be real number, not %s", vm.TypeName(v))
}

// mathInt converts an argument that must be an integer to a big.Int, through the
// object's __index__ when it is not an int.
func mathInt(th *vm.Thread, v vm.Value) (*big.Int, error) {
	if b, ok := bigOf(v); ok {
		return b, nil
	}
	if hasSpecial(v, "__index__") {
		n, err := vm.Index(th, v)
		if err != nil {
			return nil, err
		}
		return mathInt(th, n)
	}
	return nil, notAnInteger(v)
}

// hasSpecial reports whether v's type defines the special method name.
func hasSpecial(v vm.Value, name string) bool {
	_, ok := v.Type().Lookup(name)
	return ok
}

// floatsOf and intsOf bind th to mathFloat and mathInt for convertAll and ConvertPair.
func floatsOf(th *vm.Thread) func(vm.Value) (float64, error) {
	return func(v vm.Value) (float64, error) { return mathFloat(th, v) }
}

func intsOf(th *vm.Thread) func(vm.Value) (*big.Int, error) {
	return func(v vm.Value) (*big.Int, error) { return mathInt(th, v) }
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
