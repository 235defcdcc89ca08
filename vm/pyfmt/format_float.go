package pyfmt

import (
	"math"
	"strconv"
)

// FormatFloat formats f as format(f, spec) does for a Python float.
//
// With no presentation type the result is repr(f), or with a precision,
// 'g' formatting that keeps a digit after the point and switches to
// exponent form one digit sooner (format(100.0, '.3') == '1e+02'). 'n' is
// 'g' in the C locale; '%' is 'f' of f*100 followed by '%'.
func FormatFloat(f float64, s Spec) (string, error) {
	var buf [48]byte
	b, err := appendFloat(buf[:0], f, &s)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

func appendFloat(dst []byte, f float64, s *Spec) ([]byte, error) {
	switch s.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return nil, s.unknownCode()
	}
	if s.Precision > math.MaxInt32 {
		return nil, valueError("precision too big")
	}
	if s.Precision > MaxWidth {
		return nil, memoryError()
	}
	neg := math.Signbit(f) && f == f
	var buf [48]byte
	body := appendFloatBody(buf[:0], math.Abs(f), s)
	if neg && s.NoNegZero && isZeroText(body) {
		neg = false
	}
	n := number{}
	if neg {
		n.sign = '-'
	} else if s.Sign == '+' || s.Sign == ' ' {
		n.sign = s.Sign
	}
	if s.Width <= 0 && s.Grouping == 0 {
		if n.sign != 0 {
			dst = append(dst, n.sign)
		}
		return append(dst, body...), nil
	}
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	n.digits, n.rest = body[:i], body[i:]
	return appendNumber(dst, &n, s, 3), nil
}

// appendFloatBody renders the non-negative f (or NaN) without sign or
// padding, as the spec's type and precision ask.
func appendFloatBody(dst []byte, f float64, s *Spec) []byte {
	typ, prec := s.Type, s.Precision
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	if math.IsInf(f, 0) || f != f {
		switch {
		case f != f && upper:
			dst = append(dst, "NAN"...)
		case f != f:
			dst = append(dst, "nan"...)
		case upper:
			dst = append(dst, "INF"...)
		default:
			dst = append(dst, "inf"...)
		}
		if typ == '%' {
			dst = append(dst, '%')
		}
		return dst
	}
	if prec < 0 {
		prec = 6
	}
	var buf [32]byte
	switch typ {
	case 0:
		if s.Precision < 0 {
			digits, decpt := eDigits(buf[:0], f, -1)
			l := reprLayout(decpt)
			l.alt = s.Alt
			return appendDigits(dst, digits, decpt, l)
		}
		return appendGeneral(dst, f, max(prec, 1), true, s.Alt, false)
	case 'g', 'G', 'n':
		return appendGeneral(dst, f, max(prec, 1), false, s.Alt, upper)
	case 'e', 'E':
		start := len(dst)
		dst = strconv.AppendFloat(dst, f, byte(typ), prec, 64)
		if prec == 0 && s.Alt { // "1e+00" becomes "1.e+00"
			dst = append(dst[:start+2], dst[start+1:]...)
			dst[start+1] = '.'
		}
		return dst
	case '%':
		f *= 100
	}
	dst = strconv.AppendFloat(dst, f, 'f', prec, 64)
	if prec == 0 && s.Alt {
		dst = append(dst, '.')
	}
	if typ == '%' {
		dst = append(dst, '%')
	}
	return dst
}

// appendGeneral is 'g' formatting with prec significant digits: exponent
// form when the exponent is below -4 or not below prec, trailing zeros
// dropped unless alt. addDot0 is the no-type variant, which switches to
// exponent form at prec-1 and keeps a digit after the point.
func appendGeneral(dst []byte, f float64, prec int, addDot0, alt, upper bool) []byte {
	var buf [32]byte
	b := buf[:0]
	if prec > 17 {
		b = make([]byte, 0, prec+8)
	}
	digits, decpt := eDigits(b, f, prec-1)
	limit := prec
	if addDot0 {
		limit--
	}
	l := layout{exponent: decpt <= -4 || decpt > limit, addDot0: addDot0, alt: alt, upper: upper}
	if alt {
		l.minDigits = prec
	} else {
		digits = trimZeros(digits)
	}
	return appendDigits(dst, digits, decpt, l)
}

// isZeroText reports whether a formatted magnitude has only zero digits
// before any exponent, i.e. whether it shows a zero.
func isZeroText(b []byte) bool {
	for _, c := range b {
		switch {
		case c == 'e' || c == 'E' || c == '%':
			return true
		case c >= '1' && c <= '9', c == 'n', c == 'N', c == 'i', c == 'I':
			return false
		}
	}
	return true
}
