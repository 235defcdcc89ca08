package stdlib

import (
	"math"
	"math/big"

	"github.com/asyncscript/asyncscript/vm"
)

// libmFuncs are the C library functions the math module wraps (see mathlibm_*.go).
type libmFuncs struct {
	exp, expm1, log, log2, log10, log1p, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh,
	asinh, acosh, atanh, erf, erfc, cbrt, exp2, tgamma, lgamma func(float64) float64
	atan2, pow func(float64, float64) float64
}

// mathUnary describes a one-argument float function: canOverflow says whether an infinite
// result from a finite argument is an overflow (exp) rather than a pole (log(0)).
type mathUnary struct {
	f           func(float64) float64
	canOverflow bool
}

func newMathModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("math")
	m.Set("pi", vm.Float(math.Pi))
	m.Set("e", vm.Float(math.E))
	m.Set("tau", vm.Float(2*math.Pi))
	m.Set("inf", vm.Float(math.Inf(1)))
	m.Set("nan", vm.Float(math.NaN()))
	unary := map[string]mathUnary{
		"exp": {libm.exp, true}, "expm1": {libm.expm1, true}, "exp2": {libm.exp2, true},
		"sin": {libm.sin, false}, "cos": {libm.cos, false}, "tan": {libm.tan, false},
		"asin": {libm.asin, false}, "acos": {libm.acos, false}, "atan": {libm.atan, false},
		"sinh": {libm.sinh, true}, "cosh": {libm.cosh, true}, "tanh": {libm.tanh, false},
		"asinh": {libm.asinh, false}, "acosh": {libm.acosh, false}, "atanh": {libm.atanh, false},
		"erf": {libm.erf, false}, "erfc": {libm.erfc, false}, "cbrt": {libm.cbrt, false},
		"fabs": {math.Abs, false}, "sqrt": {math.Sqrt, false},
		"degrees": {func(x float64) float64 { return x * (180 / math.Pi) }, true},
		"radians": {func(x float64) float64 { return x * (math.Pi / 180) }, false},
		"log2":    {logOf(libm.log2), false}, "log10": {logOf(libm.log10), false},
		"log1p":  {libm.log1p, false},
		"gamma":  {mathGamma, true},
		"lgamma": {mathLgamma, true},
	}
	for name, u := range unary {
		name, u := name, u
		m.Set(name, vm.NewFunc(mathSig(name, 1, 1), func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			if name == "log2" || name == "log10" {
				return mathLogInt(th, args[0], u.f, 1)
			}
			x, err := mathFloat(th, args[0])
			if err != nil {
				return nil, err
			}
			return mathResult(x, u.f(x), u.canOverflow)
		}))
	}
	for _, f := range mathFuncs() {
		m.Set(f.Name, f)
	}
	return m, nil
}

// mathSig is the Signature of a math function taking min to max positional arguments and
// no keywords, worded as CPython's: METH_O for exactly one ("math.sqrt() takes exactly one
// argument (0 given)"), Argument Clinic's positional-only check otherwise ("atan2 expected 2
// arguments, got 1"); both refuse keywords as "math.atan2() takes no keyword arguments".
func mathSig(name string, min, max int) vm.Signature {
	style := vm.PosArgs
	if min == 1 && max == 1 {
		style = vm.OneArg
	}
	return vm.Signature{Name: name, Qual: "math." + name, Style: style, Min: min, Max: max}
}

// mathVarSig is the Signature of a math function taking any number of positional arguments
// (gcd, lcm, hypot).
func mathVarSig(name string) vm.Signature {
	return vm.Signature{Name: name, Qual: "math." + name, Style: vm.VarArgs}
}

// logOf wraps a logarithm so non-positive arguments are domain errors as in CPython (the C
// function returns -inf for 0 and NaN below).
func logOf(f func(float64) float64) func(float64) float64 {
	return func(x float64) float64 {
		if x <= 0 {
			return math.NaN()
		}
		return f(x)
	}
}

func mathGamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 || math.IsInf(x, -1) {
		return math.NaN()
	}
	return libm.tgamma(x)
}

func mathLgamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 && !math.IsInf(x, 0) {
		return math.NaN() // a pole, which CPython reports as a domain error
	}
	return libm.lgamma(x)
}

// mathLogInt is a logarithm of an int or float; ints too large for a float are taken apart
// as m * 2**e as CPython does, so log(10**400) works. scale converts a natural log when
// the wrapped function is log itself.
func mathLogInt(th *vm.Thread, v vm.Value, f func(float64) float64, scale float64) (vm.Value, error) {
	if b, ok := v.(*vm.BigInt); ok {
		n := b.Big()
		if n.Sign() <= 0 {
			return nil, errMathDomain()
		}
		if _, err := mathFloat(th, v); err != nil {
			// m * 2**e with m in [0.5, 1), as CPython's frexp of an int.
			mant := new(big.Float)
			e := new(big.Float).SetInt(n).MantExp(mant)
			m, _ := mant.Float64()
			return vm.Float(f(m) + f(2)*float64(e)), nil
		}
	}
	x, err := mathFloat(th, v)
	if err != nil {
		return nil, err
	}
	if x <= 0 {
		return nil, errMathDomain()
	}
	return mathResult(x, f(x), false)
}
