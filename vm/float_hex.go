package vm

import (
	"math"
	"strconv"
	"strings"
)

// float.hex and float.fromhex (registered with the other float methods): a float written
// exactly, as a hexadecimal significand and a power of two.

// hexMantissaDigits is how many hexadecimal digits follow the point in float.hex: the 52
// stored bits of a double's significand.
const hexMantissaDigits = 13

// floatHexMethod is float.hex.
func floatHexMethod(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
	return Str(floatHex(float64(self.(Float)))), nil
}

// floatHex is float.hex: "0x1.8000000000000p+0" for 1.5. A subnormal is written with a
// leading 0 and the smallest normal exponent, -1022, as CPython does.
func floatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	var b strings.Builder
	if math.Signbit(f) {
		b.WriteByte('-')
	}
	if f == 0 {
		b.WriteString("0x0.0p+0")
		return b.String()
	}
	m, e := math.Frexp(math.Abs(f)) // m in [0.5, 1)
	// Scale m into [1, 2), or less for a subnormal, whose exponent stays at -1022.
	shift := 1 - max(-1021-e, 0)
	m, e = math.Ldexp(m, shift), e-shift
	const digits = "0123456789abcdef"
	lead := int(m)
	b.WriteString("0x")
	b.WriteByte(digits[lead])
	b.WriteByte('.')
	m -= float64(lead)
	for i := 0; i < hexMantissaDigits; i++ {
		m *= 16
		d := int(m)
		b.WriteByte(digits[d])
		m -= float64(d)
	}
	b.WriteByte('p')
	if e >= 0 {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(e))
	return b.String()
}

// floatFromHex is the class method float.fromhex(s); a subclass of float gets cls(value).
func floatFromHex(th *Thread, cls Value, a []Value, _ *Dict) (Value, error) {
	s, ok := a[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "bad argument type for built-in operation")
	}
	f, err := parseHexFloat(string(s))
	if err != nil {
		return nil, err
	}
	if cls == Value(FloatClass) {
		return Float(f), nil
	}
	return th.Call(cls, []Value{Float(f)}, nil)
}

// parseHexFloat reads the text float.fromhex accepts: optional blanks and sign, then inf,
// infinity or nan, or a hexadecimal significand (with or without 0x, with an optional
// point) and an optional binary exponent "p[+-]digits"; no underscores.
func parseHexFloat(s string) (float64, error) {
	invalid := Errorf(ValueError, "invalid hexadecimal floating-point string")
	s = strings.Trim(s, " \t\n\r\v\f")
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg, s = s[0] == '-', s[1:]
	}
	var f float64
	switch strings.ToLower(s) {
	case "inf", "infinity":
		f = math.Inf(1)
	case "nan":
		f = math.NaN()
	default:
		if len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
			s = s[2:]
		}
		mant, exp, hasExp := strings.Cut(strings.ToLower(s), "p")
		if !hexSignificand(mant) || hasExp && !decimalExponent(exp) {
			return 0, invalid
		}
		if !hasExp {
			exp = "0"
		}
		var err error
		if f, err = strconv.ParseFloat("0x"+mant+"p"+exp, 64); err != nil {
			if math.IsInf(f, 0) {
				return 0, Errorf(OverflowError, "hexadecimal value too large to represent as a float")
			}
			return 0, invalid
		}
	}
	if neg {
		f = -f
	}
	return f, nil
}

// hexSignificand reports whether s is hexadecimal digits with at most one point and at
// least one digit.
func hexSignificand(s string) bool {
	intPart, frac, _ := strings.Cut(s, ".")
	return intPart+frac != "" && strings.Trim(intPart+frac, "0123456789abcdef") == ""
}

// decimalExponent reports whether s is an optionally signed run of decimal digits.
func decimalExponent(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	return s != "" && strings.Trim(s, "0123456789") == ""
}
