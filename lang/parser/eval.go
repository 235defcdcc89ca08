package parser

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// ParseEval parses the source of eval() and of compile(..., "eval"): a module whose one
// statement is an expression. CPython's eval grammar is `expressions NEWLINE* ENDMARKER`,
// with no starred item at the top: where anything else follows the expression (`x = 5`,
// `1; 2`, a second line) or takes its place (`import os`), the error is "invalid syntax" at
// that token, not the error a whole file would give, unless the tokenizer fails further on
// in a way that takes precedence in CPython (see overrides). Errors inside the expression
// are the file's.
func ParseEval(filename string, src []byte) (*ast.Module, error) {
	return guarded(filename, src, parseEval)
}

func parseEval(filename string, src []byte) (*ast.Module, error) {
	text, toks, fail, err := scan(filename, src)
	if err != nil {
		return nil, err
	}
	if i, ok := evalLeftover(filename, toks); ok && toks[i].kind != tokError && !fail.overrides(toks[i]) {
		t := toks[i]
		return nil, newConverter(filename, text, toks).newError("SyntaxError", ast.Span{Start: t.start, End: t.end}, "invalid syntax")
	}
	mod, err := parseScanned(filename, text, toks, fail)
	var se *ast.Error
	if errors.As(err, &se) && se.Msg == "invalid syntax" && !strings.HasSuffix(text, "\n") &&
		se.Pos.Col > utf8.RuneCountInString(se.Line) {
		// The source ended in the middle of the expression. With no newline to point at,
		// CPython gives no column (0), as for an error at the end marker.
		se.Pos.Col, se.End = 0, ast.Pos{Line: se.Pos.Line}
	}
	return mod, err
}

// overrides reports whether CPython reports the tokenizer's failure f rather than a
// generic "invalid syntax" at the earlier token t: it does for the errors its tokenizer
// raises itself (Raw: a bad literal or character, an unmatched bracket), and for a bracket
// never closed that was opened on a line before t's; not for bad indentation or a stray
// line continuation, which its parser reports only on reaching them.
func (f *lexFailure) overrides(t token) bool {
	switch {
	case f == nil:
		return false
	case f.err.Raw:
		return true
	}
	return f.unclosed >= 0 && f.err.Pos.Line < t.start.Line
}

// evalLeftover finds the first token that eval's grammar cannot take: ok is false when the
// tokens are one expression list, or when parsing failed inside the expression (the file
// parse then reports that failure as it does for any statement).
func evalLeftover(filename string, toks []token) (int, bool) {
	p := &exprParser{lex: peekable(filename, toks)}
	at, err := catch(func() int {
		for p.startsOperand() {
			p.test()
			if !p.accept(",") {
				break
			}
		}
		for p.peek().Type == tokNewline {
			p.lex.Next()
		}
		if p.peek().Type == lexer.EOF {
			return -1
		}
		return p.lex.Cursor()
	})
	return at, err == nil && at >= 0
}
