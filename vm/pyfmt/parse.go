package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParseInt converts text as Python's int(s, base) does for a str: optional
// ASCII whitespace around an optional sign and the digits, single
// underscores between digits (and after a base prefix), a 0x/0o/0b prefix
// when it matches the base, base 0 meaning "read the prefix, else decimal,
// where leading zeros are only allowed in zero". Non-ASCII decimal digits
// and whitespace count as their ASCII equivalents. Decimal text (and any
// base that is not a power of two) with more than MaxStrDigits digits is
// refused, as in CPython.
func ParseInt(s string, base int) (*big.Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	n, err := parseInt(toASCIINumber(s), base)
	if err == errSyntax {
		return nil, valueError("invalid literal for int() with base " + strconv.Itoa(base) + ": " + truncateRunes(QuoteStr(s), 200))
	}
	return n, err
}

// errSyntax marks text that is not a number; the exported functions turn
// it into CPython's message, which quotes the caller's original text.
var errSyntax = &Error{Type: "ValueError", Msg: "syntax"}

func parseInt(s string, base int) (*big.Int, error) {
	s = trimASCIISpace(s)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		switch p := s[1] | 0x20; {
		case p == 'x' && (base == 0 || base == 16):
			base, prefixed = 16, true
		case p == 'o' && (base == 0 || base == 8):
			base, prefixed = 8, true
		case p == 'b' && (base == 0 || base == 2):
			base, prefixed = 2, true
		}
	}
	// Without a prefix, base 0 is decimal in which only zero may start
	// with '0' (int('010', 0) is an error, as the literal 010 is).
	zeroOnly := false
	if prefixed {
		s = s[2:]
		if s != "" && s[0] == '_' {
			s = s[1:]
		}
	} else if base == 0 {
		base, zeroOnly = 10, s != "" && s[0] == '0'
	}
	digits, rest, ok := digitRun(s, base)
	if !ok {
		return nil, errSyntax
	}
	if base&(base-1) != 0 && exceedsStrDigits(len(digits)) {
		return nil, valueError("Exceeds the limit (" + strconv.Itoa(MaxStrDigits) +
			" digits) for integer string conversion: value has " + strconv.Itoa(len(digits)) +
			" digits; use sys.set_int_max_str_digits() to increase the limit")
	}
	if trimASCIISpace(rest) != "" {
		return nil, errSyntax
	}
	if zeroOnly && trimZerosLeft(digits) != "" {
		return nil, errSyntax
	}
	n := new(big.Int)
	if v, err := strconv.ParseUint(digits, base, 64); err == nil {
		n.SetUint64(v)
	} else {
		n.SetString(digits, base) // the digits are valid: only overflow is left
	}
	if neg {
		n.Neg(n)
	}
	return n, nil
}

// digitRun reads the digits at the start of s in the given base, allowing a
// single underscore between two digits. It returns them without the
// underscores, and the text after them; ok is false when there are no
// digits or an underscore is misplaced.
func digitRun(s string, base int) (digits, rest string, ok bool) {
	end, underscores := 0, 0
	for ; end < len(s); end++ {
		if s[end] == '_' {
			if end == 0 || end+1 == len(s) || digitValue(s[end+1]) >= base {
				return "", "", false
			}
			underscores++
		} else if digitValue(s[end]) >= base {
			break
		}
	}
	if end == 0 {
		return "", "", false
	}
	if underscores == 0 {
		return s[:end], s[end:], true
	}
	b := make([]byte, 0, end-underscores)
	for i := 0; i < end; i++ {
		if s[i] != '_' {
			b = append(b, s[i])
		}
	}
	return string(b), s[end:], true
}

func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

func trimZerosLeft(s string) string {
	for s != "" && s[0] == '0' {
		s = s[1:]
	}
	return s
}

// ParseFloat converts text as Python's float(s) does for a str: optional
// ASCII whitespace around an optional sign and either a decimal number
// (digits with an optional fraction and exponent, single underscores only
// between digits) or "inf", "infinity" or "nan" in any case. Out-of-range
// values become infinities or zeros rather than errors. Non-ASCII decimal
// digits and whitespace count as their ASCII equivalents.
func ParseFloat(s string) (float64, error) {
	t := trimASCIISpace(toASCIINumber(s))
	if f, ok := parseFloat(t); ok {
		return f, nil
	}
	return 0, valueError("could not convert string to float: " + QuoteStr(s))
}

func parseFloat(s string) (float64, bool) {
	body := s
	if body != "" && (body[0] == '+' || body[0] == '-') {
		body = body[1:]
	}
	// The text is ASCII by now, so EqualFold is plain ASCII case folding.
	sign := 1.0
	if s != "" && s[0] == '-' {
		sign = -1
	}
	switch {
	case strings.EqualFold(body, "inf"), strings.EqualFold(body, "infinity"):
		return math.Inf(int(sign)), true
	case strings.EqualFold(body, "nan"):
		// float('-nan') keeps its sign bit, visible to math.copysign.
		return math.Copysign(math.NaN(), sign), true
	}
	// Check the decimal syntax here: strconv also accepts hex floats,
	// "0x"-style underscores and other spellings that Python rejects.
	var buf [64]byte
	clean := buf[:0]
	i, mantissa := 0, 0
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		clean = append(clean, s[0])
		i++
	}
	seenDot, seenExp, expDigits := false, false, 0
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if seenExp {
				expDigits++
			} else {
				mantissa++
			}
		case c == '_':
			if i == 0 || !isDigit(s[i-1]) || i+1 == len(s) || !isDigit(s[i+1]) {
				return 0, false
			}
			continue
		case c == '.' && !seenDot && !seenExp:
			seenDot = true
		case (c == 'e' || c == 'E') && !seenExp && mantissa > 0:
			seenExp = true
			if i+1 < len(s) && (s[i+1] == '+' || s[i+1] == '-') {
				clean = append(clean, c)
				i++
				c = s[i]
			}
		default:
			return 0, false
		}
		clean = append(clean, c)
	}
	if mantissa == 0 || (seenExp && expDigits == 0) {
		return 0, false
	}
	// Well-formed decimal text only fails in strconv by overflowing,
	// and then it returns the infinity Python gives too.
	f, _ := strconv.ParseFloat(string(clean), 64)
	return f, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// toASCIINumber maps the non-ASCII characters int() and float() accept to
// ASCII, as CPython does before parsing: Unicode whitespace becomes ' ' and
// decimal digits of any script become '0'..'9'. Any other non-ASCII
// character becomes '\x00', which no number syntax accepts.
func toASCIINumber(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s[:i])
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			b = append(b, s[i])
			i++
			continue
		}
		r, size := decodeRune(s[i:])
		i += size
		switch d := decimalValue(r); {
		case d >= 0:
			b = append(b, byte('0'+d))
		case unicode.IsSpace(r):
			b = append(b, ' ')
		default:
			b = append(b, 0)
		}
	}
	return string(b)
}

// decimalValue returns the value of a Unicode decimal digit (category Nd)
// as Python 3.11 knows them, or -1. Unicode assigns decimal digits in
// contiguous runs of ten starting at zero, and Go's table keeps each run
// (or adjacent runs) in one range, so the value is the offset modulo ten.
func decimalValue(r rune) int {
	if !unicode.Is(unicode.Nd, r) || unicode.Is(newerThanUnicode14, r) {
		return -1
	}
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// trimASCIISpace strips the whitespace C's isspace() knows, which is what
// CPython strips once other whitespace has become ' '.
func trimASCIISpace(s string) string {
	for s != "" && isASCIISpace(s[0]) {
		s = s[1:]
	}
	for s != "" && isASCIISpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
