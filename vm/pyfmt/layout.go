package pyfmt

import "unicode/utf8"

// number is a formatted number cut into the pieces that padding and digit
// grouping treat differently.
type number struct {
	sign   byte   // '-', '+', ' ' or 0
	prefix string // "0x" and friends, kept left of '=' padding
	digits []byte // integer-part digits, the only part that is grouped
	rest   []byte // everything after: fraction, exponent, '%', "inf", a 'c' character
}

// appendNumber lays n out in a field as the spec asks: sign, prefix,
// grouped digits and rest, padded to the width with the fill character.
// group is the number of digits per separator group (3, or 4 for
// underscores in binary, octal and hex).
func appendNumber(dst []byte, n *number, s *Spec, group int) []byte {
	fill, align := s.numberLayout()
	left := len(n.prefix)
	if n.sign != 0 {
		left++
	}
	restLen := utf8.RuneCount(n.rest)

	// With '0' fill and '=' alignment CPython pads by growing the digit
	// string itself, so the padding zeros get separators too
	// (format(1234, '010,') == '00,001,234').
	positions, seps := len(n.digits), 0
	if s.Grouping != 0 && len(n.digits) > 0 {
		minDigits := 0
		if fill == '0' && align == '=' {
			minDigits = s.Width - left - restLen
		}
		positions, seps = groupShape(len(n.digits), group, minDigits)
	}
	pad := s.Width - (left + positions + seps + restLen)
	if pad < 0 {
		pad = 0
	}
	var before, after int
	switch align {
	case '<':
		after = pad
	case '^':
		before = pad / 2
		after = pad - before
	case '>':
		before = pad
	}
	dst = appendFill(dst, fill, before)
	if n.sign != 0 {
		dst = append(dst, n.sign)
	}
	dst = append(dst, n.prefix...)
	if align == '=' {
		dst = appendFill(dst, fill, pad)
	}
	if positions == len(n.digits) && seps == 0 {
		dst = append(dst, n.digits...)
	} else {
		sep := s.Grouping
		zeros := positions - len(n.digits)
		for i := 0; i < positions; i++ {
			if i > 0 && (positions-i)%group == 0 {
				dst = append(dst, sep)
			}
			if i < zeros {
				dst = append(dst, '0')
			} else {
				dst = append(dst, n.digits[i-zeros])
			}
		}
	}
	dst = append(dst, n.rest...)
	return appendFill(dst, fill, after)
}

// groupShape works out how many digit positions (digits plus leading zero
// padding) and separators a grouped integer part takes. Every group but the
// leftmost is full; zero padding continues, group by group, until the
// digits together with their separators reach minWidth, and the leftmost
// group is never started by a separator alone — which is why
// format(1234, '08,') is 9 characters wide: '0,001,234'.
func groupShape(ndigits, group, minWidth int) (positions, seps int) {
	remaining, width := ndigits, minWidth
	for {
		l := min(group, max(remaining, width, 1))
		positions += l
		remaining -= min(remaining, l)
		width -= l
		if remaining <= 0 && width <= 0 {
			return positions, seps
		}
		width-- // room taken by the separator
		seps++
	}
}

func appendFill(dst []byte, fill rune, n int) []byte {
	if fill < utf8.RuneSelf {
		for ; n > 0; n-- {
			dst = append(dst, byte(fill))
		}
		return dst
	}
	for ; n > 0; n-- {
		dst = appendRune(dst, fill)
	}
	return dst
}

// appendRune encodes r as UTF-8, except that surrogates — which Python
// strings may hold but UTF-8 cannot — get their three-byte WTF-8 form
// instead of U+FFFD.
func appendRune(dst []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(dst, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(dst, r)
}
