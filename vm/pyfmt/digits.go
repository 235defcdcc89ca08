package pyfmt

import "strconv"

// Decimal digit strings are described the way CPython's float formatting
// describes them: a string of significant digits and decpt, the position of
// the decimal point relative to the first digit (the value is
// 0.DIGITS × 10**decpt). strconv produces correctly rounded digits — round
// half to even on the exact binary value, as CPython's dtoa does — and the
// functions here only rearrange them.

// eDigits returns the digits of the finite, non-negative f rounded to prec
// digits after the first one (prec < 0 gives the shortest digits that
// round-trip) and decpt. The digits live in buf's storage.
func eDigits(buf []byte, f float64, prec int) (digits []byte, decpt int) {
	b := strconv.AppendFloat(buf[:0], f, 'e', prec, 64)
	e := len(b) - 4 // the exponent has a sign and at least two digits
	for b[e] != 'e' {
		e--
	}
	exp := 0
	for _, c := range b[e+2:] {
		exp = exp*10 + int(c-'0')
	}
	if b[e+1] == '-' {
		exp = -exp
	}
	if e > 1 { // drop the '.' after the first digit
		copy(b[1:], b[2:e])
		e--
	}
	return b[:e], exp + 1
}

// layout says how appendDigits renders a digit string.
type layout struct {
	exponent  bool // d.ddde+XX rather than positional
	minDigits int  // pad with zeros to at least this many digits
	addDot0   bool // positional results always get a fractional digit
	alt       bool // always show the decimal point
	upper     bool // 'E' rather than 'e'
}

// appendDigits renders digits with decimal point position decpt.
func appendDigits(dst, digits []byte, decpt int, l layout) []byte {
	point := decpt // index in the digit string before which '.' goes
	exp := 0
	if l.exponent {
		exp, point = decpt-1, 1
	}
	// The digit positions shown run from start (negative for the
	// leading "0.000" of small numbers) to end (trailing zeros).
	start := 0
	if point <= 0 {
		start = point - 1
	}
	end := max(len(digits), l.minDigits)
	if !l.exponent && l.addDot0 {
		end = max(end, point+1)
	} else {
		end = max(end, point)
	}
	for i := start; i < end; i++ {
		if i == point {
			dst = append(dst, '.')
		}
		if i >= 0 && i < len(digits) {
			dst = append(dst, digits[i])
		} else {
			dst = append(dst, '0')
		}
	}
	if end == point && l.alt {
		dst = append(dst, '.')
	}
	if !l.exponent {
		return dst
	}
	if l.upper {
		dst = append(dst, 'E')
	} else {
		dst = append(dst, 'e')
	}
	if exp < 0 {
		dst, exp = append(dst, '-'), -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return strconv.AppendInt(dst, int64(exp), 10)
}

// trimZeros drops trailing zeros from a digit string, keeping one digit.
func trimZeros(digits []byte) []byte {
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	return digits
}
