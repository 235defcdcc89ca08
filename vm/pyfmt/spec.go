package pyfmt

import (
	"strconv"
	"unicode/utf8"
)

// Spec is a parsed format specification, the part after ':' in a
// replacement field:
//
//	[[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// The zero-padding flag is kept apart from Fill and Align because what it
// means depends on the value being formatted: numbers default to '='
// alignment under it, strings keep their '<'.
//
// Build a Spec with ParseSpec: the zero Spec is not the empty spec, since
// it has a zero Precision where an absent one is -1. An empty spec means
// str(value) in Python; the Format functions give that for int, float and
// str, but for other types (bool: 'True') the VM must call str itself.
type Spec struct {
	Fill      rune // padding character; meaningful only when FillSet
	FillSet   bool // a fill character was given explicitly
	Align     byte // '<', '>', '^', '=' or 0 for the type's default
	Sign      byte // '+', '-', ' ' or 0 when absent
	NoNegZero bool // 'z': render a negative zero result without its sign
	Alt       bool // '#': alternate form
	ZeroPad   bool // '0' before the width with no explicit fill
	Width     int  // minimum field width, -1 when absent
	Grouping  byte // ',' or '_' thousands separator, 0 when absent
	Precision int  // -1 when absent
	Type      rune // presentation type, 0 when absent

	// TypeName is the Python type name of the value being formatted
	// ("int", "float", "str", "bool", ...); CPython puts it in error
	// messages.
	TypeName string
}

// ParseSpec parses a format specification for a value whose Python type is
// named typeName. The checks made here are the ones CPython makes before
// looking at the value, with the same ValueError messages; the Format*
// functions make the type-specific ones.
func ParseSpec(spec, typeName string) (Spec, error) {
	s := Spec{Fill: ' ', Width: -1, Precision: -1, TypeName: typeName}
	if spec == "" {
		return s, nil
	}
	pos := 0
	// A fill character is recognised only when an alignment follows it.
	r0, n0 := decodeRune(spec)
	if n0 < len(spec) && isAlign(spec[n0]) {
		s.Fill, s.FillSet, s.Align = r0, true, spec[n0]
		pos = n0 + 1
	} else if isAlign(spec[0]) {
		s.Align = spec[0]
		pos = 1
	}
	if pos < len(spec) && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ') {
		s.Sign = spec[pos]
		pos++
	}
	if pos < len(spec) && spec[pos] == 'z' {
		s.NoNegZero = true
		pos++
	}
	if pos < len(spec) && spec[pos] == '#' {
		s.Alt = true
		pos++
	}
	if !s.FillSet && pos < len(spec) && spec[pos] == '0' {
		s.ZeroPad = true
		pos++
	}
	var err error
	if s.Width, pos, err = parseCount(spec, pos); err != nil {
		return s, err
	}
	if pos < len(spec) && spec[pos] == ',' {
		s.Grouping = ','
		pos++
	}
	if pos < len(spec) && spec[pos] == '_' {
		if s.Grouping != 0 {
			return s, valueError("Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		pos++
	}
	if pos < len(spec) && spec[pos] == ',' && s.Grouping == '_' {
		return s, valueError("Cannot specify both ',' and '_'.")
	}
	if pos < len(spec) && spec[pos] == '.' {
		pos++
		start := pos
		if s.Precision, pos, err = parseCount(spec, pos); err != nil {
			return s, err
		}
		if pos == start {
			return s, valueError("Format specifier missing precision")
		}
	}
	if pos < len(spec) {
		r, n := utf8.DecodeRuneInString(spec[pos:])
		if pos+n < len(spec) {
			return s, valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'")
		}
		s.Type = r
	}
	if s.Grouping != 0 {
		switch s.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if s.Grouping != '_' {
				return s, groupingError(s.Grouping, s.Type)
			}
		default:
			return s, groupingError(s.Grouping, s.Type)
		}
	}
	if s.Width > MaxWidth {
		return s, memoryError()
	}
	return s, nil
}

func isAlign(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }

// parseCount reads a run of decimal digits at pos; it returns -1 when there
// are none. CPython accumulates into a Py_ssize_t and rejects overflow.
func parseCount(spec string, pos int) (n, next int, err error) {
	start := pos
	for pos < len(spec) && spec[pos] >= '0' && spec[pos] <= '9' {
		pos++
	}
	if pos == start {
		return -1, pos, nil
	}
	v, perr := strconv.ParseInt(spec[start:pos], 10, 64)
	if perr != nil || int64(int(v)) != v {
		return 0, pos, valueError("Too many decimal digits in format string")
	}
	return int(v), pos, nil
}

func groupingError(sep byte, typ rune) error {
	return valueError("Cannot specify '" + string(rune(sep)) + "' with " + quoteCode(typ) + ".")
}

// quoteCode renders a presentation type the way CPython's messages do:
// printable ASCII as itself, anything else as a bare hex escape ('\x1',
// '\xe9'), because CPython formats it with "\\x%x".
func quoteCode(c rune) string {
	if c > 32 && c < 128 {
		return "'" + string(c) + "'"
	}
	return `'\x` + strconv.FormatInt(int64(c), 16) + "'"
}

// unknownCode is the error for a presentation type the value's type does not
// support.
func (s *Spec) unknownCode() error {
	return valueError("Unknown format code " + quoteCode(s.Type) + " for object of type '" + s.TypeName + "'")
}

// numberLayout resolves the fill and alignment for a number, where the '0'
// flag means zero fill with '=' alignment unless an alignment was given.
func (s *Spec) numberLayout() (fill rune, align byte) {
	fill, align = s.Fill, s.Align
	if s.ZeroPad {
		fill = '0'
		if align == 0 {
			align = '='
		}
	}
	if align == 0 {
		align = '>'
	}
	return fill, align
}
