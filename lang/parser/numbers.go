package parser

import (
	"strings"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// number scans a numeric literal, validating it the way CPython's tokenizer does so the same
// literals are rejected with the same messages and columns. Its value is computed later, by
// the conversion pass.
func (s *scanner) number() {
	from := s.off
	start := s.posAt(from)
	i := from
	peek := func() byte {
		if i < s.end {
			return s.src[i]
		}
		return 0
	}
	// fail reports at the last character consumed, which is where CPython's tokenizer points.
	fail := func(msg string) {
		p := s.posAt(i - 1)
		s.off = i
		s.errorf("SyntaxError", p, p, "%s", msg)
	}
	// digits consumes a run of digits accepted by ok, with single '_' separators; it reports
	// whether the run is well formed.
	digits := func(ok func(byte) bool) bool {
		for {
			for ok(peek()) {
				i++
			}
			if peek() != '_' {
				return true
			}
			i++
			if !ok(peek()) {
				return false
			}
		}
	}
	if peek() == '0' && i+1 < s.end && strings.IndexByte("xXoObB", s.src[i+1]) >= 0 {
		s.radixNumber(&i, fail, digits)
		return
	}
	leadingZero := peek() == '0'
	if peek() != '.' && !digits(isDigit) {
		fail("invalid decimal literal")
		return
	}
	isFloat := false
	if peek() == '.' {
		isFloat = true
		i++
		if isDigit(peek()) && !digits(isDigit) {
			fail("invalid decimal literal")
			return
		}
	}
	if c := peek(); c == 'e' || c == 'E' {
		mark := i
		i++
		if c := peek(); c == '+' || c == '-' {
			i++
			if !isDigit(peek()) {
				fail("invalid decimal literal")
				return
			}
		}
		if !isDigit(peek()) {
			// "1e" followed by something else: CPython blames the whole literal.
			i = mark + 1
			s.endNumber(from, start, i-1, "decimal")
			return
		}
		isFloat = true
		if !digits(isDigit) {
			fail("invalid decimal literal")
			return
		}
	}
	if c := peek(); c == 'j' || c == 'J' {
		s.off = i + 1
		s.errorf("SyntaxError", start, s.posAt(s.off), "complex numbers are not supported by asyncscript")
		return
	}
	if leadingZero && !isFloat && strings.Trim(s.src[from:i], "0_") != "" {
		zeros := len(s.src[from:i]) - len(strings.TrimLeft(s.src[from:i], "0_"))
		s.off = i
		s.errorf("SyntaxError", start, ast.Pos{Line: start.Line, Col: start.Col + zeros},
			"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		return
	}
	s.endNumber(from, start, i, "decimal")
}

// radixNumber scans a 0x, 0o or 0b literal; *i points at its leading '0'.
func (s *scanner) radixNumber(i *int, fail func(string), digits func(func(byte) bool) bool) {
	from := *i
	start := s.posAt(from)
	kind, ok := "hexadecimal", func(c byte) bool {
		return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
	}
	switch s.src[from+1] {
	case 'o', 'O':
		kind, ok = "octal", func(c byte) bool { return c >= '0' && c <= '7' }
	case 'b', 'B':
		kind, ok = "binary", func(c byte) bool { return c == '0' || c == '1' }
	}
	*i += 2
	if *i < s.end && s.src[*i] == '_' {
		*i++
	}
	if *i >= s.end || !ok(s.src[*i]) {
		if *i < s.end && isDigit(s.src[*i]) {
			*i++
			fail("invalid digit '" + s.src[*i-1:*i] + "' in " + kind + " literal")
			return
		}
		fail("invalid " + kind + " literal")
		return
	}
	if !digits(ok) {
		fail("invalid " + kind + " literal")
		return
	}
	if *i < s.end && isDigit(s.src[*i]) {
		*i++
		fail("invalid digit '" + s.src[*i-1:*i] + "' in " + kind + " literal")
		return
	}
	s.endNumber(from, start, *i, kind)
}

// endNumber emits the literal src[from:to] unless an identifier character follows it
// directly. Like CPython, it lets a keyword that can legally follow a number through
// (`1if x else y`).
func (s *scanner) endNumber(from int, start ast.Pos, to int, kind string) {
	rest := s.src[to:s.end]
	if rest != "" && isIdentByte(rest[0]) && !followsNumber(rest) {
		s.off = to
		p := s.posAt(to - 1)
		s.errorf("SyntaxError", p, p, "invalid %s literal", kind)
		return
	}
	s.off = to
	s.emit(tokNumber, from, start)
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func followsNumber(rest string) bool {
	for _, kw := range []string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if strings.HasPrefix(rest, kw) {
			return true
		}
	}
	return false
}
