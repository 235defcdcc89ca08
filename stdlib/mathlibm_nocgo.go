//go:build !cgo

package stdlib

import "math"

// libm stands in for the C library with Go's math package when built without cgo: results
// can differ from CPython's in the last bit in rare cases.
var libm = libmFuncs{
	exp: math.Exp, expm1: math.Expm1, log: math.Log, log2: math.Log2, log10: math.Log10,
	log1p: math.Log1p, sin: math.Sin, cos: math.Cos, tan: math.Tan, asin: math.Asin,
	acos: math.Acos, atan: math.Atan, sinh: math.Sinh, cosh: math.Cosh, tanh: math.Tanh,
	asinh: math.Asinh, acosh: math.Acosh, atanh: math.Atanh, erf: math.Erf, erfc: math.Erfc,
	cbrt: math.Cbrt, exp2: math.Exp2, atan2: math.Atan2, pow: math.Pow, tgamma: math.Gamma,
	lgamma: func(x float64) float64 { r, _ := math.Lgamma(x); return r },
}
