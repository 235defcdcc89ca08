package pyfmt

import (
	"math"
	"strconv"
)

// FloatRepr returns Python's repr (and str) of a float: the shortest digits
// that round-trip, positional when the decimal exponent is in [-4, 16) —
// always with a digit after the point — and d.ddde±XX otherwise; plus
// "inf", "-inf" and "nan" (never "-nan").
func FloatRepr(f float64) string {
	var buf [32]byte
	return string(AppendFloatRepr(buf[:0], f))
}

// AppendFloatRepr appends FloatRepr(f) to dst.
func AppendFloatRepr(dst []byte, f float64) []byte {
	switch {
	case f != f:
		return append(dst, "nan"...)
	case math.IsInf(f, 1):
		return append(dst, "inf"...)
	case math.IsInf(f, -1):
		return append(dst, "-inf"...)
	}
	// Integral values are common and need no digit search: below 1e16
	// they print as the integer itself plus ".0".
	if f == math.Trunc(f) && f < 1e16 && f > -1e16 {
		if f == 0 && math.Signbit(f) {
			return append(dst, "-0.0"...)
		}
		return append(strconv.AppendInt(dst, int64(f), 10), '.', '0')
	}
	if f < 0 {
		dst = append(dst, '-')
		f = -f
	}
	var buf [32]byte
	digits, decpt := eDigits(buf[:0], f, -1)
	return appendDigits(dst, digits, decpt, reprLayout(decpt))
}

// reprLayout is how repr lays out shortest digits: exponent form outside
// 1e-4 <= |x| < 1e16.
func reprLayout(decpt int) layout {
	return layout{exponent: decpt <= -4 || decpt > 16, addDot0: true}
}
