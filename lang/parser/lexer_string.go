package parser

import (
	"strings"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// isStringPrefix reports whether word may prefix a string literal.
func isStringPrefix(word string) bool {
	switch strings.ToLower(word) {
	case "r", "u", "b", "br", "rb", "f", "fr", "rf":
		return true
	}
	return false
}

// str scans a string literal whose prefix starts at from and whose opening quote is at s.off.
// The token keeps the raw source text; escapes are decoded by the conversion pass, which knows
// the prefix.
func (s *scanner) str(from int, start ast.Pos) {
	q := s.src[s.off]
	delim := s.src[s.off : s.off+1]
	if rest := s.src[s.off:s.end]; len(rest) >= 3 && rest[1] == q && rest[2] == q {
		delim = rest[:3]
	}
	s.off += len(delim)
	for {
		if s.off >= s.end {
			s.unterminated(start, len(delim) == 3)
			return
		}
		switch c := s.src[s.off]; {
		case c == '\\':
			s.off++
			if s.off < s.end && s.src[s.off] == '\n' {
				s.newline()
			} else if s.off < s.end {
				s.off++
			}
		case c == '\n':
			if len(delim) == 1 {
				s.unterminated(start, false)
				return
			}
			s.newline()
		case c == q && strings.HasPrefix(s.src[s.off:s.end], delim):
			s.off += len(delim)
			s.emit(tokString, from, start)
			return
		default:
			s.off++
		}
	}
}

func (s *scanner) unterminated(start ast.Pos, triple bool) {
	kind := "string literal"
	if triple {
		kind = "triple-quoted string literal"
	}
	line := s.line
	if s.off >= s.end && s.off == s.lineStart && line > 1 {
		line-- // input ending in a newline: CPython counts the last line with text
	}
	s.errorf("SyntaxError", start, start, "unterminated %s (detected at line %d)", kind, line)
}
