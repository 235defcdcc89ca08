package pyfmt

// FormatStr formats s as format(s, spec) does for a Python str: the
// precision truncates to that many code points, the width pads, and the
// default alignment is left.
func FormatStr(s string, spec Spec) (string, error) {
	if spec.Type != 0 && spec.Type != 's' {
		return "", spec.unknownCode()
	}
	if spec.Type == 0 && spec.Grouping != 0 {
		// ParseSpec let this through because a missing type is fine
		// for numbers; for str it defaults to 's', which takes no
		// separator.
		return "", groupingError(spec.Grouping, 's')
	}
	switch {
	case spec.Sign == ' ':
		return "", valueError("Space not allowed in string format specifier")
	case spec.Sign != 0:
		return "", valueError("Sign not allowed in string format specifier")
	case spec.NoNegZero:
		return "", valueError("Negative zero coercion (z) not allowed in string format specifier")
	case spec.Alt:
		return "", valueError("Alternate form (#) not allowed in string format specifier")
	case spec.Align == '=':
		return "", valueError("'=' alignment not allowed in string format specifier")
	}
	if spec.Precision >= 0 {
		s = truncateRunes(s, spec.Precision)
	}
	if spec.Width <= 0 {
		return s, nil
	}
	pad := spec.Width - runeCount(s)
	if pad <= 0 {
		return s, nil
	}
	fill := spec.Fill
	if spec.ZeroPad {
		fill = '0'
	}
	var before, after int
	switch spec.Align {
	case '>':
		before = pad
	case '^':
		before = pad / 2
		after = pad - before
	default:
		after = pad
	}
	dst := make([]byte, 0, len(s)+pad)
	dst = appendFill(dst, fill, before)
	dst = append(dst, s...)
	return string(appendFill(dst, fill, after)), nil
}

// truncateRunes keeps the first n code points of s.
func truncateRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := decodeRune(s[i:])
		i += size
	}
	return s[:i]
}
