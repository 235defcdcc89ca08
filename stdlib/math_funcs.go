package stdlib

import (
	"math"

	"github.com/asyncscript/asyncscript/vm"
)

// mathFuncs makes the math functions beyond the plain one-argument float functions, when a
// script imports math rather than while every program starts.
func mathFuncs() []*vm.Builtin {
	return []*vm.Builtin{
		vm.NewFunc(vm.Signature{Name: "log", Style: vm.PosArgs, Min: 1, Max: 2, Usage: "math.log requires 1 to 2 arguments"}, mathLog),
		mathFloat2("pow", mathPow),
		mathFloat2("atan2", func(y, x float64) (float64, error) { return libm.atan2(y, x), nil }),
		mathFloat2("copysign", func(x, y float64) (float64, error) { return math.Copysign(x, y), nil }),
		mathFloat2("fmod", mathFmod),
		mathFloat2("remainder", mathRemainder),
		mathFloat2("nextafter", func(x, y float64) (float64, error) { return math.Nextafter(x, y), nil }),
		vm.NewFunc(mathSig("ldexp", 2, 2), mathLdexp),
		vm.NewFunc(mathSig("frexp", 1, 1), mathFrexp),
		vm.NewFunc(mathSig("modf", 1, 1), mathModf),
		vm.NewFunc(mathSig("ulp", 1, 1), mathUlp),
		mathRound("floor", math.Floor),
		mathRound("ceil", math.Ceil),
		mathRound("trunc", math.Trunc),
		mathPredicate("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }),
		mathPredicate("isinf", func(x float64) bool { return math.IsInf(x, 0) }),
		mathPredicate("isnan", math.IsNaN),
		vm.NewFunc(vm.Signature{Name: "isclose", Style: vm.ClinicArgs, Min: 2, Max: 2,
			Kw: []string{"a", "b"}, KwOnly: []string{"rel_tol", "abs_tol"}}, mathIsclose),
		vm.NewFunc(mathSig("fsum", 1, 1), mathFsum),
		vm.NewFunc(mathVarSig("hypot"), mathHypot),
		vm.NewFunc(mathSig("dist", 2, 2), mathDist),
		vm.NewFunc(vm.Signature{Name: "prod", Style: vm.ClinicArgs, Min: 1, Max: 1,
			Kw: []string{""}, KwOnly: []string{"start"}}, mathProd),
		vm.NewFunc(mathVarSig("gcd"), mathGcd),
		vm.NewFunc(mathVarSig("lcm"), mathLcm),
		vm.NewFunc(mathSig("isqrt", 1, 1), mathIsqrt),
		vm.NewFunc(mathSig("factorial", 1, 1), mathFactorial),
		vm.NewFunc(mathSig("comb", 2, 2), mathComb),
		vm.NewFunc(mathSig("perm", 1, 2), mathPerm),
	}
}

// mathFloat2 makes a two-float function with the usual argument conversion and result checks.
func mathFloat2(name string, f func(x, y float64) (float64, error)) *vm.Builtin {
	return vm.NewFunc(mathSig(name, 2, 2), func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		x, y, err := vm.ConvertPair(floatsOf(th), args[0], args[1])
		if err != nil {
			return nil, err
		}
		r, err := f(x, y)
		if err != nil {
			return nil, err
		}
		return vm.Float(r), nil
	})
}

func mathFmod(x, y float64) (float64, error) {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x, nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, errMathDomain()
	}
	return r, nil
}

func mathRemainder(x, y float64) (float64, error) {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN(), nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return 0, errMathDomain()
	}
	if math.IsInf(y, 0) {
		return x, nil
	}
	return math.Remainder(x, y), nil
}

// mathLog is log(x[, base]).
func mathLog(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	num, err := mathLogInt(th, args[0], libm.log, 1)
	if err != nil || args[1] == nil {
		return num, err
	}
	den, err := mathLogInt(th, args[1], libm.log, 1)
	if err != nil {
		return nil, err
	}
	if den.(vm.Float) == 0 {
		return nil, vm.Errorf(vm.ZeroDivisionError, "float division by zero")
	}
	return num.(vm.Float) / den.(vm.Float), nil
}

// mathPow is math.pow: always a float, with CPython's special cases and errors.
func mathPow(x, y float64) (float64, error) {
	r := libm.pow(x, y)
	finite := func(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }
	if finite(x) && finite(y) {
		if math.IsNaN(r) {
			return 0, errMathDomain()
		}
		if math.IsInf(r, 0) {
			if x == 0 {
				return 0, errMathDomain()
			}
			return 0, errMathRange()
		}
	}
	return r, nil
}

func mathLdexp(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	x, err := mathFloat(th, args[0])
	if err != nil {
		return nil, err
	}
	if !isIntValue(args[1]) {
		return nil, vm.Errorf(vm.TypeError, "Expected an int as second argument to ldexp.")
	}
	e, _ := mathInt(th, args[1])
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return vm.Float(x), nil
	}
	exp := 0
	switch {
	case e.IsInt64() && e.Int64() < 1<<20 && e.Int64() > -(1<<20):
		exp = int(e.Int64())
	case e.Sign() > 0:
		exp = 1 << 20
	default:
		exp = -(1 << 20)
	}
	r := math.Ldexp(x, exp)
	if math.IsInf(r, 0) {
		return nil, errMathRange()
	}
	return vm.Float(r), nil
}

func mathFrexp(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	x, err := mathFloat(th, args[0])
	if err != nil {
		return nil, err
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return vm.Tuple{vm.Float(x), vm.MakeInt(0)}, nil
	}
	m, e := math.Frexp(x)
	return vm.Tuple{vm.Float(m), vm.MakeInt(int64(e))}, nil
}

func mathModf(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	x, err := mathFloat(th, args[0])
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) {
		return vm.Tuple{vm.Float(math.Copysign(0, x)), vm.Float(x)}, nil
	}
	i, f := math.Modf(x)
	return vm.Tuple{vm.Float(f), vm.Float(i)}, nil
}

func mathUlp(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	x, err := mathFloat(th, args[0])
	if err != nil {
		return nil, err
	}
	x = math.Abs(x)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return vm.Float(x), nil
	}
	next := math.Nextafter(x, math.Inf(1))
	if math.IsInf(next, 0) {
		return vm.Float(x - math.Nextafter(x, 0)), nil
	}
	return vm.Float(next - x), nil
}

// mathRound is floor, ceil or trunc: ints come back unchanged, floats become ints.
func mathRound(name string, f func(float64) float64) *vm.Builtin {
	return vm.NewFunc(mathSig(name, 1, 1), func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		if isIntValue(args[0]) {
			b, _ := mathInt(th, args[0])
			return vm.MakeBigInt(b), nil
		}
		if _, ok := args[0].(vm.Float); !ok {
			if m, found := args[0].Type().Lookup("__" + name + "__"); found {
				return th.Call(m, []vm.Value{args[0]}, nil)
			}
			if name == "trunc" {
				return nil, vm.Errorf(vm.TypeError, "type %s doesn't define __trunc__ method", vm.TypeName(args[0]))
			}
		}
		x, err := mathFloat(th, args[0])
		if err != nil {
			return nil, err
		}
		return floatToIntValue(f(x))
	})
}

func mathPredicate(name string, f func(float64) bool) *vm.Builtin {
	return vm.NewFunc(mathSig(name, 1, 1), func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		x, err := mathFloat(th, args[0])
		if err != nil {
			return nil, err
		}
		return vm.Bool(f(x)), nil
	})
}

// mathIsclose is isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func mathIsclose(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	vals := [4]float64{0, 0, 1e-09, 0}
	for i, v := range args {
		if v == nil {
			continue
		}
		var err error
		if vals[i], err = mathFloat(th, v); err != nil {
			return nil, err
		}
	}
	a, b, rel, abs := vals[0], vals[1], vals[2], vals[3]
	if rel < 0 || abs < 0 {
		return nil, vm.Errorf(vm.ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return vm.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return vm.False, nil
	}
	diff := math.Abs(b - a)
	return vm.Bool(diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs), nil
}
