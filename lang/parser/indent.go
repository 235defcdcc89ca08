package parser

import "github.com/asyncscript/asyncscript/lang/ast"

// tabSize is the tab stop CPython's tokenizer uses to measure indentation.
const tabSize = 8

// indentation measures the indentation of the physical line starting at s.off and emits the
// INDENT or DEDENT tokens it implies. Blank and comment-only lines are skipped whole: they
// never affect indentation nor produce a NEWLINE.
func (s *scanner) indentation() {
	for {
		col, alt := 0, 0
		i := s.off
	scan:
		for ; i < s.end; i++ {
			switch s.src[i] {
			case ' ':
				col++
				alt++
			case '\t':
				col = (col/tabSize + 1) * tabSize
				alt++
			case '\f':
				col, alt = 0, 0
			default:
				break scan
			}
		}
		s.off = i
		if i < s.end && s.src[i] == '#' {
			s.skipComment()
		}
		if s.off >= s.end {
			s.atLineStart = false
			return
		}
		if s.src[s.off] == '\n' {
			s.newline()
			continue
		}
		s.atLineStart = false
		s.indentTo(col, alt, i)
		return
	}
}

// indentTo compares a line's indentation with the stack of open blocks.
func (s *scanner) indentTo(col, alt, textOff int) {
	start := ast.Pos{Line: s.line, Col: 1}
	at := s.posAt(textOff)
	top := s.indents[len(s.indents)-1]
	switch {
	case col == top.col:
		if alt != top.alt {
			s.tabError()
		}
	case col > top.col:
		if alt <= top.alt {
			s.tabError()
			return
		}
		if len(s.indents) >= maxIndent {
			s.errorf("IndentationError", at, ast.Pos{}, "too many levels of indentation")
			return
		}
		s.indents = append(s.indents, indentLevel{col, alt})
		s.toks = append(s.toks, token{kind: tokIndent, off: s.lineStart, start: start, end: at})
	default:
		for col < s.indents[len(s.indents)-1].col {
			s.indents = s.indents[:len(s.indents)-1]
			s.toks = append(s.toks, token{kind: tokDedent, off: textOff, start: at, end: at})
		}
		top = s.indents[len(s.indents)-1]
		if col != top.col {
			// CPython points just past the end of the offending line.
			text := lineText(s.src, s.line)
			p := ast.Pos{Line: s.line, Col: len([]rune(text)) + 1}
			s.errorf("IndentationError", p, ast.Pos{}, "unindent does not match any outer indentation level")
			return
		}
		if alt != top.alt {
			s.tabError()
		}
	}
}

func (s *scanner) tabError() {
	s.errorf("TabError", ast.Pos{Line: s.line, Col: 1}, ast.Pos{}, "inconsistent use of tabs and spaces in indentation")
}
