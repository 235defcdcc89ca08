package pyfmt

import (
	"math"
	"math/big"
	"strconv"
)

// MaxStrDigits is CPython's limit on the number of decimal digits converted
// between int and str (sys.get_int_max_str_digits(), 4300 by default). It
// applies only to decimal text, as in CPython. It is a constant because
// interpreters share this package: sys.set_int_max_str_digits is not
// supported, and a per-interpreter limit would be passed in, not stored here.
const MaxStrDigits = 4300

// FormatInt64 formats n as format(n, spec) does for a Python int.
func FormatInt64(n int64, s Spec) (string, error) {
	if s.Width < 0 && s.Sign == 0 && s.Grouping == 0 && s.Precision < 0 &&
		!s.NoNegZero && (s.Type == 0 || s.Type == 'd') {
		return strconv.FormatInt(n, 10), nil
	}
	u := uint64(n)
	if n < 0 {
		u = -u
	}
	var buf [32]byte
	b, err := appendInt(buf[:0], n < 0, u, nil, &s)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// FormatInt formats n as format(n, spec) does for a Python int. Float
// presentation types convert n to float first, as CPython does.
func FormatInt(n *big.Int, s Spec) (string, error) {
	if n.IsInt64() {
		return FormatInt64(n.Int64(), s)
	}
	b, err := appendInt(nil, n.Sign() < 0, 0, n, &s)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// appendInt formats an int given as a sign and a magnitude: small, or large
// when it is not nil (large then holds the whole signed value).
func appendInt(dst []byte, neg bool, small uint64, large *big.Int, s *Spec) ([]byte, error) {
	base := 10
	switch s.Type {
	case 0, 'd', 'n', 'c':
	case 'b':
		base = 2
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := intToFloat(neg, small, large)
		if err != nil {
			return nil, err
		}
		return appendFloat(dst, f, s)
	default:
		return nil, s.unknownCode()
	}
	if s.Precision >= 0 {
		return nil, valueError("Precision not allowed in integer format specifier")
	}
	if s.NoNegZero {
		return nil, valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	n := number{}
	if neg {
		n.sign = '-'
	} else if s.Sign == '+' || s.Sign == ' ' {
		n.sign = s.Sign
	}
	if s.Type == 'c' {
		r, err := intToChar(neg, small, large, s)
		if err != nil {
			return nil, err
		}
		var buf [4]byte
		n.rest = appendRune(buf[:0], r)
		return appendNumber(dst, &n, s, 3), nil
	}
	var buf [72]byte
	if large != nil {
		if base == 10 && large.BitLen() >= 4*MaxStrDigits+4 {
			return nil, strDigitsError()
		}
		// Append writes the sign too; the magnitude follows it.
		n.digits = large.Append(buf[:0], base)
		if neg {
			n.digits = n.digits[1:]
		}
		if base == 10 && exceedsStrDigits(len(n.digits)) {
			return nil, strDigitsError()
		}
	} else {
		n.digits = strconv.AppendUint(buf[:0], small, base)
	}
	if s.Type == 'X' {
		for i, c := range n.digits {
			if c >= 'a' {
				n.digits[i] = c - ('a' - 'A')
			}
		}
	}
	if s.Alt {
		n.prefix = basePrefix(s.Type)
	}
	group := 3
	if base != 10 {
		group = 4 // only '_' is allowed here, every four digits
	}
	return appendNumber(dst, &n, s, group), nil
}

// intToFloat converts an int as float(n) does, rounding half to even.
func intToFloat(neg bool, small uint64, large *big.Int) (float64, error) {
	if large == nil {
		f := float64(small)
		if neg {
			f = -f
		}
		return f, nil
	}
	f, _ := new(big.Float).SetInt(large).Float64()
	if math.IsInf(f, 0) {
		return 0, overflowError("int too large to convert to float")
	}
	return f, nil
}

// intToChar checks an int for the 'c' presentation type, with CPython's
// errors in CPython's order.
func intToChar(neg bool, small uint64, large *big.Int, s *Spec) (rune, error) {
	if s.Sign != 0 {
		return 0, valueError("Sign not allowed with integer format specifier 'c'")
	}
	if s.Alt {
		return 0, valueError("Alternate form (#) not allowed with integer format specifier 'c'")
	}
	if large != nil || (!neg && small > math.MaxInt64) || (neg && small > 1<<63) {
		return 0, overflowError("Python int too large to convert to C long")
	}
	if neg || small > unicodeMax {
		return 0, overflowError("%c arg not in range(0x110000)")
	}
	return rune(small), nil
}

const unicodeMax = 0x10FFFF

// basePrefix is the alternate-form prefix of an integer presentation type.
func basePrefix(typ rune) string {
	switch typ {
	case 'b':
		return "0b"
	case 'o':
		return "0o"
	case 'x':
		return "0x"
	case 'X':
		return "0X"
	}
	return ""
}

// exceedsStrDigits reports whether a decimal string of n digits is over
// MaxStrDigits.
func exceedsStrDigits(n int) bool { return n > MaxStrDigits }

func strDigitsError() error {
	return valueError("Exceeds the limit (" + strconv.Itoa(MaxStrDigits) +
		" digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
}

// IntToDecimal returns str(n), or CPython's ValueError when n has more
// decimal digits than MaxStrDigits.
func IntToDecimal(n *big.Int) (string, error) {
	// Skip the conversion when the size alone shows the limit is passed:
	// a number of 4k+4 bits or more has more than k decimal digits.
	if n.BitLen() >= 4*MaxStrDigits+4 {
		return "", strDigitsError()
	}
	text := n.String()
	digits := len(text)
	if n.Sign() < 0 {
		digits--
	}
	if exceedsStrDigits(digits) {
		return "", strDigitsError()
	}
	return text, nil
}

// IntToString writes n in base 2 to 36 with lowercase digits, and with the
// prefix Python's bin(), oct() and hex() add when prefix is set and base is
// 2, 8 or 16: IntToString(-255, 16, true) == "-0xff". It applies no digit
// limit; use IntToDecimal for str().
func IntToString(n *big.Int, base int, prefix bool) string {
	text := n.Text(base)
	if !prefix {
		return text
	}
	var p string
	switch base {
	case 2:
		p = "0b"
	case 8:
		p = "0o"
	case 16:
		p = "0x"
	}
	if n.Sign() < 0 {
		return "-" + p + text[1:]
	}
	return p + text
}
