package parser

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// IsIncomplete reports whether err means that the source ended too early: an open bracket, an
// unterminated triple-quoted string, a trailing backslash, or a block header with no block
// yet. A REPL reads more lines when it sees such an error; any other error is final.
func IsIncomplete(err error) bool {
	var e *ast.Error
	if !errors.As(err, &e) {
		return false
	}
	switch {
	case strings.HasSuffix(e.Msg, "was never closed"),
		strings.HasPrefix(e.Msg, "unterminated triple-quoted string literal"),
		e.Msg == "unexpected EOF while parsing":
		return true
	}
	// A missing block is only "incomplete" at the end of the input.
	return strings.HasPrefix(e.Msg, "expected an indented block") && e.AtEOF
}

// syntaxError turns a participle error into CPython's error for the same input. A lexical
// error (fail) wins when parsing failed at or after it; otherwise the failing token and its
// surroundings select one of CPython's specific messages, or the generic "invalid syntax".
func (c *converter) syntaxError(err error, fail *lexFailure) *ast.Error {
	idx, special := c.failure(err)
	if fail != nil {
		// An unclosed bracket is blamed for failures on the lines after it, where CPython's
		// parser ends up reading to the end of the file.
		unclosed := fail.unclosed >= 0 && (idx >= fail.tok || c.toks[idx].start.Line > c.toks[fail.unclosed].start.Line)
		if unclosed || fail.unclosed < 0 && idx >= fail.tok {
			return fail.err
		}
	}
	if special != nil {
		from := c.toks[special.from.Offset].start
		return c.newError("SyntaxError", ast.Span{Start: from, End: c.toks[max(idx-1, special.from.Offset)].end}, "%s", special.msg)
	}
	if e := c.diagnose(idx); e != nil {
		return e
	}
	if fail != nil && fail.unclosed < 0 {
		// CPython tokenizes the rest of the file before settling on a generic error.
		return fail.err
	}
	t := c.toks[idx]
	return c.newError("SyntaxError", ast.Span{Start: t.start, End: t.end}, "invalid syntax")
}

// failure finds the token where parsing failed, and the specific error raised there if any.
// Participle backtracks out of a statement that fails on its first or second token and then
// reports the statement's start; the statement is parsed again on its own to find the token.
func (c *converter) failure(err error) (int, *exprError) {
	idx, special := c.errorToken(err)
	if idx > 0 {
		switch c.toks[idx-1].kind {
		case tokNewline, tokIndent, tokDedent:
		default:
			return idx, special
		}
	}
	if c.toks[idx].kind == tokIndent {
		return idx, special
	}
	lex := peekable(c.filename, c.toks)
	for lex.Cursor() < idx {
		lex.Next()
	}
	p := &exprParser{lex: lex}
	switch {
	case p.startsSimple():
		if _, err := catch(p.simpleLine); err != nil {
			return c.errorToken(err)
		}
	case p.is("@"):
	case p.is("else") || p.is("elif") || p.is("except") || p.is("finally"):
		// A clause keyword right after a block continues the statement before it: it was
		// matched, and the token after it was not.
		if idx > 0 && c.toks[idx-1].kind == tokDedent {
			return idx + 1, nil
		}
	case p.isKeyword("case") && c.toks[idx-1].kind == tokNewline:
		// A clause right after the match header, which should have been indented.
		return idx, special
	case compoundKeywords[c.toks[idx].text]:
		return idx + 1, nil
	}
	return idx, special
}

func (c *converter) newError(kind string, sp ast.Span, format string, args ...any) *ast.Error {
	return &ast.Error{Kind: kind, Msg: fmt.Sprintf(format, args...), Filename: c.filename, Pos: sp.Start, End: sp.End,
		Line: c.line(sp.Start.Line)}
}

func (c *converter) is(i int, kind lexer.TokenType, text string) bool {
	return i >= 0 && i < len(c.toks) && c.toks[i].kind == kind && (text == "" || c.toks[i].text == text)
}

func (c *converter) isOp(i int, text string) bool { return c.is(i, tokOp, text) }

// lineStart returns the index of the first token of the logical line holding token i.
func (c *converter) lineStart(i int) int {
	for i > 0 {
		switch c.toks[i-1].kind {
		case tokNewline, tokIndent, tokDedent:
			return i
		}
		i--
	}
	return 0
}

// errorToken returns the index of the token an error is reported at, and the error itself if
// it carries a specific message.
func (c *converter) errorToken(err error) (int, *exprError) {
	idx := len(c.toks) - 1
	var perr participle.Error
	if errors.As(err, &perr) {
		idx = min(max(perr.Position().Offset, 0), len(c.toks)-1)
	}
	var special *exprError
	errors.As(err, &special)
	return idx, special
}

// diagnose recognises the failures CPython reports with a specific message.
func (c *converter) diagnose(idx int) *ast.Error {
	t := c.toks[idx]
	if t.kind == tokIndent {
		// CPython points at the last character of the indentation.
		p := ast.Pos{Line: t.start.Line, Col: max(t.end.Col-1, 1)}
		return c.newError("IndentationError", ast.Span{Start: p}, "unexpected indent")
	}
	// A header's ':' and NEWLINE with no INDENT after: the parser may fail further into
	// the next line (at `def co` of `try:` NEWLINE `async def co():`), CPython blames
	// the block.
	if j := c.lineStart(idx); j >= 2 && c.toks[j-1].kind == tokNewline && c.isOp(j-2, ":") {
		if what, line := c.blockOwner(j - 2); what != "" {
			if c.atEnd(j) {
				// CPython blames the last line of the file, blank or not, with no caret.
				// Its offset is just past the end of that line, as CPython's.
				last := c.lastLine()
				at := ast.Pos{Line: last, Col: utf8.RuneCountInString(c.line(last)) + 1}
				e := c.newError("IndentationError", ast.Span{Start: at}, "expected an indented block after %s on line %d", what, line)
				e.AtEOF = true
				return e
			}
			first := c.toks[j]
			return c.newError("IndentationError", ast.Span{Start: first.start, End: first.end}, "expected an indented block after %s on line %d", what, line)
		}
	}
	for _, diag := range []func(int) *ast.Error{c.missingColon, c.missingHandler, c.legacyPrint, c.misplacedAssign, c.missingComma} {
		if e := diag(idx); e != nil {
			return e
		}
	}
	return nil
}

// atEnd reports whether only DEDENTs and the EOF are left from token i on.
func (c *converter) atEnd(i int) bool {
	for ; i < len(c.toks); i++ {
		if k := c.toks[i].kind; k != tokDedent && k != lexer.EOF {
			return false
		}
	}
	return true
}

// lastLine is the number of the source's last line (a final newline ends it, it starts no
// new one).
func (c *converter) lastLine() int {
	n := strings.Count(c.src, "\n")
	if len(c.src) > 0 && c.src[len(c.src)-1] != '\n' {
		n++
	}
	return max(n, 1)
}

// blockOwner names the compound statement whose header ends with the ':' at index colon, in
// the words of CPython's "expected an indented block" message, with its line.
func (c *converter) blockOwner(colon int) (string, int) {
	i := c.lineStart(colon)
	for c.isOp(i, "@") { // decorators are on lines of their own
		i++
	}
	if c.is(i, tokKeyword, "async") {
		i++
	}
	first := c.toks[i]
	if first.kind != tokKeyword {
		return "", 0
	}
	switch first.text {
	case "def":
		return "function definition", first.start.Line
	case "class":
		return "class definition", first.start.Line
	case "except":
		if c.isOp(i+1, "*") {
			return "'except*' statement", first.start.Line
		}
		return "'except' statement", first.start.Line
	case "if", "elif", "else", "while", "for", "try", "finally", "with", "match", "case":
		return "'" + first.text + "' statement", first.start.Line
	}
	return "", 0
}

// missingColon reports a compound statement header that reaches the end of its line without
// its ':' (and a def without its parameter list).
func (c *converter) missingColon(idx int) *ast.Error {
	start := c.lineStart(idx)
	if c.is(start, tokKeyword, "async") {
		start++
	}
	t := c.toks[idx]
	at := ast.Span{Start: t.start, End: t.start}
	if c.is(start, tokKeyword, "def") && idx == start+2 && !c.isOp(idx, "(") {
		return c.newError("SyntaxError", ast.Span{Start: t.start, End: t.end}, "expected '('")
	}
	if e := c.matchWithoutColon(start, idx); e != nil {
		return e
	}
	if t.kind != tokNewline || !c.is(start, tokKeyword, "") {
		return nil
	}
	switch c.toks[start].text {
	case "if", "elif", "else", "while", "for", "try", "except", "finally", "with", "def", "class":
	default:
		return nil
	}
	depth := 0
	for i := start; i < idx; i++ {
		switch c.toks[i].text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		case ":", "lambda":
			if depth == 0 {
				return nil
			}
		}
	}
	return c.newError("SyntaxError", at, "expected ':'")
}

// matchWithoutColon reports a match statement's header without its ':'. Without the colon
// markSoftKeywords left `match` a name, so the header failed as an expression statement at
// the token after `match`; the indented `case` on the next line shows what was meant.
func (c *converter) matchWithoutColon(start, idx int) *ast.Error {
	if idx != start+1 || !c.is(start, tokName, "match") {
		return nil
	}
	nl := idx
	for nl < len(c.toks)-2 && c.toks[nl].kind != tokNewline {
		nl++
	}
	if c.toks[nl].kind != tokNewline || c.toks[nl+1].kind != tokIndent || !c.is(nl+2, tokName, "case") {
		return nil
	}
	at := c.toks[nl].start
	return c.newError("SyntaxError", ast.Span{Start: at, End: at}, "expected ':'")
}

// missingHandler reports a try block followed by neither except nor finally: the failing token
// directly follows the DEDENT closing a block whose header starts with `try`.
func (c *converter) missingHandler(idx int) *ast.Error {
	if idx == 0 || c.toks[idx-1].kind != tokDedent || c.is(idx, tokKeyword, "except") || c.is(idx, tokKeyword, "finally") {
		return nil
	}
	depth := 0
	for i := idx - 1; i >= 0; i-- {
		switch c.toks[i].kind {
		case tokDedent:
			depth++
			continue
		case tokIndent:
			depth--
		}
		if depth == 0 && c.toks[i].kind == tokIndent {
			if c.is(c.lineStart(i-1), tokKeyword, "try") {
				t := c.toks[idx]
				return c.newError("SyntaxError", ast.Span{Start: t.start, End: t.end}, "expected 'except' or 'finally' block")
			}
			return nil
		}
		if depth == 0 {
			return nil
		}
	}
	return nil
}

// startsExpr reports whether token i can begin an expression.
func (c *converter) startsExpr(i int) bool { return startsOperand(c.toks[i].kind, c.toks[i].text) }

// endsExpr reports whether token i can end an expression.
func (c *converter) endsExpr(i int) bool {
	t := c.toks[i]
	switch t.kind {
	case tokName, tokNumber, tokString:
		return true
	case tokKeyword:
		return t.text == "None" || t.text == "True" || t.text == "False"
	case tokOp:
		return t.text == ")" || t.text == "]" || t.text == "}" || t.text == "..."
	}
	return false
}

// legacyPrint recognises Python 2's print and exec statements.
func (c *converter) legacyPrint(idx int) *ast.Error {
	start := c.lineStart(idx)
	if idx != start+1 || !c.is(start, tokName, "") || !c.startsExpr(idx) {
		return nil
	}
	name := c.toks[start].text
	if name != "print" && name != "exec" {
		return nil
	}
	end := idx
	for end+1 < len(c.toks) && c.toks[end+1].kind != tokNewline && c.toks[end+1].kind != lexer.EOF && !c.isOp(end+1, ";") {
		end++
	}
	sp := ast.Span{Start: c.toks[start].start, End: c.toks[end].end}
	return c.newError("SyntaxError", sp, "Missing parentheses in call to '%s'. Did you mean %s(...)?", name, name)
}

// missingComma recognises two expressions side by side inside brackets, CPython's "Perhaps you
// forgot a comma?". The highlighted range runs from the start of the first expression to the
// end of the second.
func (c *converter) missingComma(idx int) *ast.Error {
	if idx == 0 || !c.startsExpr(idx) || !c.endsExpr(idx-1) {
		return nil
	}
	if c.is(idx-1, tokName, "") && c.is(idx, tokString, "") {
		return nil // `name "string"` is excluded, as in CPython
	}
	// Walk back to the start of the enclosing bracket's current element.
	depth, first := 0, -1
	for i := idx - 1; i >= 0 && first < 0; i-- {
		switch t := c.toks[i]; {
		case t.kind == tokNewline || t.kind == tokIndent || t.kind == tokDedent:
			return nil
		case t.kind == tokOp && (t.text == ")" || t.text == "]" || t.text == "}"):
			depth++
		case t.kind == tokOp && (t.text == "(" || t.text == "[" || t.text == "{"):
			if depth == 0 {
				first = i + 1
			}
			depth--
		case depth == 0 && t.kind == tokOp && (t.text == "," || t.text == ":" || t.text == "="):
			first = i + 1
		case depth == 0 && t.kind == tokKeyword && !c.endsExpr(i):
			first = i + 1
		}
	}
	if first < 0 && c.inFString {
		first = 0
	}
	if first < 0 || c.bracketDepth(idx) == 0 {
		return nil
	}
	last := c.operandEnd(idx)
	sp := ast.Span{Start: c.toks[first].start, End: c.toks[last].end}
	return c.newError("SyntaxError", sp, "invalid syntax. Perhaps you forgot a comma?")
}

// bracketDepth counts the brackets open at token i (an f-string field counts as one).
func (c *converter) bracketDepth(i int) int {
	depth := 0
	if c.inFString {
		depth = 1
	}
	for j := c.lineStart(i); j < i; j++ {
		if c.toks[j].kind != tokOp {
			continue
		}
		switch c.toks[j].text {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		}
	}
	return depth
}

// openBracket returns the index of the innermost bracket open at token i, or -1.
func (c *converter) openBracket(i int) int {
	depth := 0
	for j := i - 1; j >= 0; j-- {
		switch t := c.toks[j]; {
		case t.kind == tokNewline || t.kind == tokIndent || t.kind == tokDedent:
			return -1
		case t.kind != tokOp:
		case t.text == ")" || t.text == "]" || t.text == "}":
			depth++
		case t.text == "(" || t.text == "[" || t.text == "{":
			if depth == 0 {
				return j
			}
			depth--
		}
	}
	return -1
}

// operandEnd returns the index of the last token of the expression starting at token i:
// tokens up to a delimiter at bracket depth 0.
func (c *converter) operandEnd(i int) int {
	last, depth := i, 0
	for j := i; j < len(c.toks); j++ {
		t := c.toks[j]
		switch {
		case t.kind == tokOp && len(t.text) == 1 && strings.Contains("([{", t.text):
			depth++
		case t.kind == tokOp && len(t.text) == 1 && strings.Contains(")]}", t.text):
			if depth == 0 {
				return last
			}
			depth--
		case depth > 0:
		case t.kind == tokNewline || t.kind == lexer.EOF || t.kind == tokError || t.kind == tokIndent || t.kind == tokDedent,
			t.kind == tokOp && (t.text == "," || t.text == "=" || t.text == ":" || t.text == ";"),
			t.kind == tokKeyword && !c.startsExpr(j) && !c.endsExpr(j):
			return last
		}
		last = j
	}
	return last
}

// misplacedAssign explains a '=' where an expression was expected: a keyword argument whose
// name is not a name, or an assignment in an if/elif/while condition.
func (c *converter) misplacedAssign(idx int) *ast.Error {
	if !c.isOp(idx, "=") {
		return nil
	}
	if open := c.openBracket(idx); open > 0 && c.isOp(open, "(") && c.endsExpr(open-1) {
		first := open + 1
		for j := idx - 1; j > open; j-- {
			if c.isOp(j, ",") && c.openBracket(j) == open {
				first = j + 1
				break
			}
		}
		sp := ast.Span{Start: c.toks[first].start, End: c.toks[idx].end}
		return c.newError("SyntaxError", sp, `expression cannot contain assignment, perhaps you meant "=="?`)
	}
	start := c.lineStart(idx)
	if !c.is(start, tokKeyword, "if") && !c.is(start, tokKeyword, "elif") && !c.is(start, tokKeyword, "while") {
		return nil
	}
	sp := ast.Span{Start: c.toks[start+1].start, End: c.toks[c.operandEnd(idx+1)].end}
	if idx == start+2 && c.toks[start+1].kind == tokName {
		return c.newError("SyntaxError", sp, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	lhs := c.exprAt(start+1, idx)
	if lhs == nil {
		return nil
	}
	sp.End = lhs.Range().End
	return c.newError("SyntaxError", sp, "cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(lhs))
}

// exprAt parses the tokens [from, to) as one expression, or returns nil.
func (c *converter) exprAt(from, to int) ast.Expr {
	lex := peekable(c.filename, c.toks)
	for lex.Cursor() < from {
		lex.Next()
	}
	p := &exprParser{lex: lex}
	if !p.startsOperand() {
		return nil
	}
	t, err := catch(p.test)
	if err != nil || lex.Cursor() != to {
		return nil
	}
	sub := newConverter(c.filename, c.src, c.toks)
	return sub.test(t)
}
