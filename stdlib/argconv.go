package stdlib

import (
	"math/big"

	"github.com/asyncscript/asyncscript/vm"
)

// smallInt returns a machine-word int as itself and a bool as 0 or 1: the cases that every
// conversion of an integer argument shares.
func smallInt(v vm.Value) (int64, bool) {
	switch x := v.(type) {
	case vm.Int:
		return int64(x), true
	case vm.Bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// bigOf returns an int value (bool included) as a *big.Int the caller may modify.
func bigOf(v vm.Value) (*big.Int, bool) {
	if n, ok := smallInt(v); ok {
		return big.NewInt(n), true
	}
	if x, ok := v.(*vm.BigInt); ok {
		return x.Big(), true
	}
	return nil, false
}

// intArg takes an int argument of a built-in.
func intArg(name string, v vm.Value) (int, error) {
	if n, ok := smallInt(v); ok {
		return int(n), nil
	}
	return 0, notAnInteger(v)
}

// notAnInteger is CPython's TypeError for a value given where an integer is needed.
func notAnInteger(v vm.Value) error {
	return vm.Errorf(vm.TypeError, "'%s' object cannot be interpreted as an integer", vm.TypeName(v))
}

// optStr is an optional str argument: def when it was not passed, else its text, or
// CPython's TypeError naming it as what (such as "open() argument 'mode'").
func optStr(v vm.Value, def, what string) (string, error) {
	if v == nil {
		return def, nil
	}
	s, ok := v.(vm.Str)
	if !ok {
		return "", vm.Errorf(vm.TypeError, "%s must be str, not %s", what, vm.TypeName(v))
	}
	return string(s), nil
}

// convertAll converts each of a function's arguments with conv, stopping at the first
// that fails.
func convertAll[T any](args []vm.Value, conv func(vm.Value) (T, error)) ([]T, error) {
	out := make([]T, len(args))
	for i, a := range args {
		x, err := conv(a)
		if err != nil {
			return nil, err
		}
		out[i] = x
	}
	return out, nil
}

// clinicTypeName is how Argument Clinic's "argument must be list, not X" messages name a
// wrong argument's type (_PyArg_BadArgument): by its class's name, but None as "None"
// rather than "NoneType".
func clinicTypeName(v vm.Value) string {
	if vm.IsNone(v) {
		return "None"
	}
	return vm.TypeName(v)
}
