package parser

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// scanner turns source text into tokens, synthesising NEWLINE, INDENT and DEDENT the way
// CPython's tokenizer does. It stops at the first lexical error, which it records in fail and
// marks in the token stream with a tokError token.
type scanner struct {
	filename  string
	src       string
	off, end  int // next byte to scan; where scanning stops
	line      int // current line (1-based)
	lineStart int // byte offset of the current line's first character

	// colOff/col cache the rune column of one byte offset on the current line, so computing
	// positions left to right along a line stays linear.
	colOff, col int

	toks    []token
	indents []indentLevel
	parens  []openParen

	commentOff  int  // where the last comment started, to place the NEWLINE after it
	atLineStart bool // the next character starts a physical line whose indentation counts
	lineTokens  bool // the current logical line has tokens, so it needs a NEWLINE
	exprMode    bool // scanning an f-string expression: as if inside brackets, no NEWLINEs

	fail *lexFailure
}

// indentLevel is one entry of the indentation stack: the column with tabs expanded to
// multiples of 8, and with tabs counted as one column. CPython compares both to detect
// indentation whose meaning depends on the tab size (TabError).
type indentLevel struct{ col, alt int }

// openParen is an unclosed bracket, for matching and for "'(' was never closed".
type openParen struct {
	ch  byte
	pos ast.Pos
	tok int
}

// lexFailure is a lexical error and where it sits in the token stream.
type lexFailure struct {
	err *ast.Error
	tok int // index of the tokError marker
	// unclosed is the index of the bracket token left open at EOF, or -1. That error is
	// only reported when parsing fails inside the bracket, as in CPython.
	unclosed int
}

// normalize strips a UTF-8 BOM and turns CRLF and lone CR line endings into LF, so the scanner
// and every position computed from it only deal with '\n'.
func normalize(src []byte) string {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if bytes.IndexByte(src, '\r') >= 0 {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	return string(src)
}

// scanFile tokenizes a whole (normalized) file. The result always ends with an EOF token; after
// a lexical error it ends with the tokError marker and EOF.
func scanFile(filename, src string) ([]token, *lexFailure) {
	s := newScanner(filename, src, 0, len(src), 1, 0)
	s.atLineStart = true
	s.indents = []indentLevel{{}}
	s.run()
	if s.fail != nil && s.toks[len(s.toks)-1].kind != lexer.EOF {
		s.eof()
	}
	markSoftKeywords(s.toks)
	return s.toks, s.fail
}

func newScanner(filename, src string, off, end, line, lineStart int) *scanner {
	return &scanner{
		filename: filename, src: src, off: off, end: end, line: line, lineStart: lineStart,
		colOff: lineStart, col: 1, commentOff: -1, toks: make([]token, 0, (end-off)/3+8),
	}
}

// posAt returns the position of byte offset off, which must be on the current line.
func (s *scanner) posAt(off int) ast.Pos {
	if off < s.colOff || s.colOff < s.lineStart {
		s.colOff, s.col = s.lineStart, 1
	}
	s.col += utf8.RuneCountInString(s.src[s.colOff:off])
	s.colOff = off
	return ast.Pos{Line: s.line, Col: s.col}
}

// newline moves past the '\n' at s.off.
func (s *scanner) newline() {
	s.off++
	s.line++
	s.lineStart = s.off
}

func (s *scanner) emit(kind lexer.TokenType, from int, start ast.Pos) {
	s.toks = append(s.toks, token{kind: kind, text: s.src[from:s.off], off: from, start: start, end: s.posAt(s.off)})
	s.lineTokens = true
}

// errorf records a lexical error at pos and marks it in the token stream. A SyntaxError
// about a token itself (a bad literal or character, an unmatched bracket) is one CPython's
// tokenizer raises on the line as read (ast.Error.Raw); the others are not.
func (s *scanner) errorf(kind string, pos, end ast.Pos, format string, args ...any) {
	s.failAt(&ast.Error{Kind: kind, Msg: fmt.Sprintf(format, args...), Filename: s.filename, Pos: pos, End: end,
		Line: lineText(s.src, pos.Line), Raw: kind == "SyntaxError"}, -1)
}

func (s *scanner) failAt(err *ast.Error, unclosed int) {
	p := s.posAt(min(s.off, s.end))
	s.fail = &lexFailure{err: err, tok: len(s.toks), unclosed: unclosed}
	s.toks = append(s.toks, token{kind: tokError, off: s.off, start: p, end: p})
}

func (s *scanner) run() {
	for s.fail == nil {
		if s.atLineStart {
			s.indentation()
			continue
		}
		if s.off >= s.end {
			s.finish()
			return
		}
		c := s.src[s.off]
		switch {
		case c == ' ' || c == '\t' || c == '\f':
			s.off++
		case c == '#':
			s.commentOff = s.off
			s.skipComment()
		case c == '\n':
			if len(s.parens) == 0 && !s.exprMode {
				if s.lineTokens {
					// Like CPython, a NEWLINE after a comment starts where the comment does.
					start := s.posAt(s.off)
					if s.commentOff >= s.lineStart {
						start = s.posAt(s.commentOff)
					}
					end := ast.Pos{Line: start.Line, Col: start.Col + 1}
					s.toks = append(s.toks, token{kind: tokNewline, text: "\n", off: s.off, start: start, end: end})
					s.lineTokens = false
				}
				s.atLineStart = true
			}
			s.newline()
		case c == '\\':
			s.continuation()
		case isDigit(c) || c == '.' && s.off+1 < s.end && isDigit(s.src[s.off+1]):
			s.number()
		case c == '"' || c == '\'':
			s.str(s.off, s.posAt(s.off))
		default:
			s.nameOrOp()
		}
	}
}

func (s *scanner) skipComment() {
	for s.off < s.end && s.src[s.off] != '\n' {
		s.off++
	}
}

// continuation handles a backslash outside strings: it must end the physical line, which is
// then joined with the next one (whose indentation does not count).
func (s *scanner) continuation() {
	switch {
	case s.off+1 >= s.end:
		s.off++
		p := s.posAt(s.off)
		s.errorf("SyntaxError", p, ast.Pos{}, "unexpected EOF while parsing")
		s.fail.err.Raw = false
	case s.src[s.off+1] != '\n':
		p := s.posAt(s.off + 1)
		s.errorf("SyntaxError", p, p, "unexpected character after line continuation character")
		s.fail.err.Raw = false
	default:
		s.off++
		s.newline()
	}
}

// finish emits the tokens CPython's tokenizer produces at end of input: a NEWLINE ending the
// last logical line, a DEDENT for every open block, then EOF.
func (s *scanner) finish() {
	if n := len(s.parens); n > 0 && !s.exprMode {
		p := s.parens[n-1]
		s.failAt(&ast.Error{Kind: "SyntaxError", Msg: fmt.Sprintf("'%c' was never closed", p.ch), Filename: s.filename,
			Pos: p.pos, Line: lineText(s.src, p.pos.Line)}, p.tok)
		s.eof()
		return
	}
	p := s.posAt(s.off)
	if s.lineTokens && !s.exprMode {
		s.toks = append(s.toks, token{kind: tokNewline, off: s.off, start: p, end: p})
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.toks = append(s.toks, token{kind: tokDedent, off: s.off, start: p, end: p})
	}
	s.eof()
}

func (s *scanner) eof() {
	p := s.posAt(min(s.off, s.end))
	s.toks = append(s.toks, token{kind: lexer.EOF, off: s.off, start: p, end: p})
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isIdentStart(r rune) bool {
	return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && unicode.IsLetter(r)
}

func isIdentChar(r rune) bool {
	return isIdentStart(r) || r >= '0' && r <= '9' ||
		r > 0x7f && (unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc))
}

// nameOrOp scans an identifier, keyword, string prefix, operator or invalid character.
func (s *scanner) nameOrOp() {
	from := s.off
	start := s.posAt(from)
	r, size := utf8.DecodeRuneInString(s.src[s.off:s.end])
	if isIdentStart(r) {
		s.off += size
		for s.off < s.end {
			r, size = utf8.DecodeRuneInString(s.src[s.off:s.end])
			if !isIdentChar(r) {
				break
			}
			s.off += size
		}
		word := s.src[from:s.off]
		if s.off < s.end && (s.src[s.off] == '"' || s.src[s.off] == '\'') && isStringPrefix(word) {
			s.str(from, start)
			return
		}
		if keywords[word] {
			s.emit(tokKeyword, from, start)
		} else {
			s.emit(tokName, from, start)
		}
		return
	}
	for n := 3; n >= 1; n-- {
		if s.off+n <= s.end && operators[n][s.src[s.off:s.off+n]] {
			s.off += n
			s.bracket(s.src[from], start)
			if s.fail == nil {
				s.emit(tokOp, from, start)
			}
			return
		}
	}
	if r > 0x7f || r < ' ' {
		s.errorf("SyntaxError", start, start, "invalid character '%c' (U+%04X)", r, r)
		return
	}
	// Stray ASCII such as '$', '?' or '!' becomes a token no rule accepts: "invalid syntax".
	s.off += size
	s.emit(tokOp, from, start)
}

// maxParens and maxIndent are CPython's limits on bracket nesting and indentation levels.
const (
	maxParens = 200
	maxIndent = 100
)

// bracket tracks nesting for implicit line joining and reports mismatched closers.
func (s *scanner) bracket(c byte, pos ast.Pos) {
	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxParens {
			s.errorf("SyntaxError", pos, pos, "too many nested parentheses")
			return
		}
		s.parens = append(s.parens, openParen{ch: c, pos: pos, tok: len(s.toks)})
	case ')', ']', '}':
		n := len(s.parens)
		if n == 0 {
			s.errorf("SyntaxError", pos, pos, "unmatched '%c'", c)
			return
		}
		open := s.parens[n-1]
		if closer(open.ch) != c {
			where := ""
			if open.pos.Line != pos.Line {
				where = fmt.Sprintf(" on line %d", open.pos.Line)
			}
			s.errorf("SyntaxError", pos, pos, "closing parenthesis '%c' does not match opening parenthesis '%c'%s", c, open.ch, where)
			return
		}
		s.parens = s.parens[:n-1]
	}
}

// lineText returns line n (1-based) of src without its newline, or "" past the end.
func lineText(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return src
}

func closer(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}
