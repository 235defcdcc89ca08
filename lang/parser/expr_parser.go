package parser

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// exprParser is a recursive-descent parser for the expression grammar of grammar_expr.go,
// reading the token stream participle hands to Parseable implementations. Its functions are
// called only where their production may start, unless noted. A mismatch fails the whole
// parse at the offending token, like participle's own failures: the productions return only
// their node, and the failure (a participle.UnexpectedTokenError or an *exprError) unwinds to
// catch, the one place that turns it back into an error. That keeps every production free of
// error plumbing; the parse it abandons is of no use, as any failure hands the tokens to
// participle or to error diagnosis.
type exprParser struct {
	lex   *lexer.PeekingLexer
	depth int // recursion depth, bounded so that no input can exhaust the stack
}

// failure carries a parse error from fail up to catch.
type failure struct{ err error }

// fail abandons the parse with err.
func (p *exprParser) fail(err error) {
	panic(failure{err})
}

// catch runs the production parse and returns its node, or the error it failed with. Only
// failures are caught: any other panic is a bug and goes on up.
func catch[T any](parse func() T) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(failure)
			if !ok {
				panic(r)
			}
			err = f.err
		}
	}()
	return parse(), nil
}

// maxNesting bounds how deeply expressions may nest. CPython accepts a few hundred levels
// (its tokenizer caps brackets at 200), which this leaves room for.
const maxNesting = 1000

// enter counts one level of recursion; callers defer p.leave().
func (p *exprParser) enter() {
	p.depth++
	if p.depth > maxNesting {
		p.fail(&exprError{tok: *p.peek(), from: p.peek().Pos, msg: "too many nested expressions"})
	}
}

func (p *exprParser) leave() { p.depth-- }

func (p *exprParser) peek() *lexer.Token { return p.lex.Peek() }

// is reports whether the next token is the operator or keyword text.
func (p *exprParser) is(text string) bool {
	t := p.lex.Peek()
	return t.Value == text && (t.Type == tokOp || t.Type == tokKeyword)
}

func (p *exprParser) accept(text string) bool {
	if p.is(text) {
		p.lex.Next()
		return true
	}
	return false
}

// expect consumes the operator or keyword text, or fails at the next token.
func (p *exprParser) expect(text string) {
	if !p.accept(text) {
		p.unexpected()
	}
}

// unexpected fails at the next token.
func (p *exprParser) unexpected() {
	p.fail(&participle.UnexpectedTokenError{Unexpected: *p.lex.Peek()})
}

// required parses a production that must come next: unless can reports that it may start at
// the next token, it fails there.
func required[T any](p *exprParser, can func(*exprParser) bool, prod func(*exprParser) T) T {
	if !can(p) {
		p.unexpected()
	}
	return prod(p)
}

// commaList parses `item ("," item)* ","?`: after each comma the list goes on while more
// reports that an item follows, and a comma it does not go on after is trailing.
func commaList[T any](p *exprParser, item func(*exprParser) T, more func(*exprParser) bool) (items []T, trailing bool) {
	for {
		items = append(items, item(p))
		if !p.accept(",") {
			return items, false
		}
		if !more(p) {
			return items, true
		}
	}
}

// notAt is the commaList continuation of a bracketed list: an item follows a comma unless
// the closing bracket does.
func notAt(close string) func(*exprParser) bool {
	return func(p *exprParser) bool { return !p.is(close) }
}

// isNext reports whether the token after the next one is the operator text.
func (p *exprParser) isNext(text string) bool {
	cp := p.lex.MakeCheckpoint()
	p.lex.Next()
	ok := p.is(text)
	p.lex.LoadCheckpoint(cp)
	return ok
}

// at closes a node that started at start: participle's convention is that EndPos is the
// position of the token after the node.
func (p *exprParser) at(start lexer.Position) At {
	return At{Pos: start, EndPos: p.lex.Peek().Pos}
}

// startsOperand reports whether the next token can begin an operand (a unary expression, or
// anything above it when keywords are allowed).
func (p *exprParser) startsOperand() bool {
	t := p.lex.Peek()
	return startsOperand(t.Type, t.Value)
}

// startsOperand reports whether a token of the kind and text can begin an operand: the parser
// asks it of the next token, error diagnosis of any token.
func startsOperand(kind lexer.TokenType, text string) bool {
	switch kind {
	case tokName, tokNumber, tokString:
		return true
	case tokOp:
		switch text {
		case "(", "[", "{", "-", "+", "~", "...":
			return true
		}
	case tokKeyword:
		switch text {
		case "None", "True", "False", "await", "not", "lambda":
			return true
		}
	}
	return false
}

// startsItem reports whether the next token can begin an element of an expression list.
func (p *exprParser) startsItem() bool { return p.startsOperand() || p.is("*") }

var augOps = map[string]bool{
	"+=": true, "-=": true, "*=": true, "/=": true, "//=": true, "%=": true, "@=": true,
	"&=": true, "|=": true, "^=": true, ">>=": true, "<<=": true, "**=": true,
}

func (p *exprParser) exprStmt() *exprStmtG {
	start := p.peek().Pos
	s := &exprStmtG{First: p.rhs()}
	switch t := p.peek(); {
	case p.accept(":"):
		if s.Annot = p.test(); p.accept("=") {
			s.AnnValue = p.rhsAfter()
		}
	case t.Type == tokOp && augOps[t.Value]:
		s.AugOp = p.lex.Next().Value
		s.AugValue = p.rhsAfter()
	default:
		for p.accept("=") {
			s.Assigns = append(s.Assigns, p.rhsAfter())
		}
	}
	s.At = p.at(start)
	return s
}

// rhsAfter parses the right-hand side that must follow an assignment operator.
func (p *exprParser) rhsAfter() *rhsG {
	return required(p, (*exprParser).startsRhs, (*exprParser).rhs)
}

// startsRhs reports whether the next token can begin a right-hand side: an expression list or
// a yield.
func (p *exprParser) startsRhs() bool { return p.startsItem() || p.is("yield") }

func (p *exprParser) rhs() *rhsG {
	if p.is("yield") {
		return &rhsG{Yield: p.yield()}
	}
	return &rhsG{List: p.exprList()}
}

func (p *exprParser) exprList() *exprListG {
	start := p.peek().Pos
	items, trailing := commaList(p, (*exprParser).starTest, (*exprParser).startsItem)
	return &exprListG{At: p.at(start), Items: items, Trailing: trailing}
}

func (p *exprParser) starTest() *starTestG {
	start := p.peek().Pos
	if p.accept("*") {
		b := p.binExpr()
		return &starTestG{At: p.at(start), Star: b}
	}
	t := p.test()
	return &starTestG{At: p.at(start), X: t}
}

func (p *exprParser) test() *testG {
	defer p.leave()
	p.enter()
	start := p.peek().Pos
	if p.is("lambda") {
		l := p.lambda()
		return &testG{At: p.at(start), Lambda: l}
	}
	t := &testG{Body: p.or()}
	if p.accept("if") {
		t.Cond = p.or()
		if !p.is("else") {
			p.fail(&exprError{tok: *p.peek(), from: start, msg: "expected 'else' after 'if' expression"})
		}
		p.lex.Next()
		t.Else = p.test()
	}
	t.At = p.at(start)
	return t
}

func (p *exprParser) named() *namedG {
	start := p.peek().Pos
	if p.peek().Type == tokName && p.isNext(":=") {
		name := p.lex.Next().Value
		p.lex.Next()
		v := p.test()
		return &namedG{At: p.at(start), Target: name, Value: v}
	}
	t := p.test()
	return &namedG{At: p.at(start), X: t}
}

// opChain parses `operand (op operand)*`, where op consumes the operator next and returns it,
// or returns "" if there is none.
func opChain[X any](p *exprParser, operand func(*exprParser) X, op func(*exprParser) string) (head X, tail []*opTail[X]) {
	head = operand(p)
	for o := op(p); o != ""; o = op(p) {
		tail = append(tail, &opTail[X]{Op: o, X: operand(p)})
	}
	return head, tail
}

func (p *exprParser) or() *orG {
	head, tail := opChain(p, (*exprParser).not, (*exprParser).boolOp)
	return &orG{Head: head, Tail: tail}
}

// boolOp consumes `and` or `or`, if one is next.
func (p *exprParser) boolOp() string {
	if p.is("and") || p.is("or") {
		return p.lex.Next().Value
	}
	return ""
}

func (p *exprParser) not() *notG {
	defer p.leave()
	p.enter()
	start := p.peek().Pos
	if p.accept("not") {
		n := p.not()
		return &notG{At: p.at(start), Not: n}
	}
	c := p.cmpExpr()
	return &notG{At: p.at(start), X: c}
}

func (p *exprParser) cmpExpr() *cmpExprG {
	head, tail := opChain(p, (*exprParser).binExpr, (*exprParser).cmpOp)
	return &cmpExprG{Head: head, Tail: tail}
}

// cmpOp consumes a comparison operator, if one is next.
func (p *exprParser) cmpOp() string {
	t := p.peek()
	switch {
	case t.Type == tokOp:
		switch t.Value {
		case "<", ">", "==", ">=", "<=", "!=":
			p.lex.Next()
			return t.Value
		}
	case t.Value == "in" && t.Type == tokKeyword:
		p.lex.Next()
		return "in"
	case t.Value == "is" && t.Type == tokKeyword:
		p.lex.Next()
		if p.accept("not") {
			return "is not"
		}
		return "is"
	case t.Value == "not" && t.Type == tokKeyword && p.isNext("in"):
		p.lex.Next()
		p.lex.Next()
		return "not in"
	}
	return ""
}

// binOp consumes a binary operator (of binExpr's, not a comparison), if one is next.
func (p *exprParser) binOp() string {
	if t := p.peek(); t.Type == tokOp {
		if _, ok := binPrec[t.Value]; ok {
			return p.lex.Next().Value
		}
	}
	return ""
}

func (p *exprParser) binExpr() *binExprG {
	head, tail := opChain(p, (*exprParser).unary, (*exprParser).binOp)
	return &binExprG{Head: head, Tail: tail}
}

func (p *exprParser) unary() *unaryG {
	defer p.leave()
	p.enter()
	start := p.peek().Pos
	if t := p.peek(); t.Type == tokOp && (t.Value == "-" || t.Value == "+" || t.Value == "~") {
		p.lex.Next()
		x := p.unary()
		return &unaryG{At: p.at(start), Op: t.Value, X: x}
	}
	pw := p.power()
	return &unaryG{At: p.at(start), Power: pw}
}

func (p *exprParser) power() *powerG {
	start := p.peek().Pos
	pw := &powerG{Await: p.accept("await")}
	pw.Atom = p.atom()
	for tr := p.trailer(); tr != nil; tr = p.trailer() {
		pw.Trailers = append(pw.Trailers, tr)
	}
	if p.accept("**") {
		pw.Exp = p.unary()
	}
	pw.At = p.at(start)
	return pw
}

// trailer parses a call, subscript or attribute access, or returns nil if none is next.
func (p *exprParser) trailer() *trailerG {
	start := p.peek().Pos
	t := &trailerG{}
	switch {
	case p.accept("("):
		t.Call = true
		t.Args = p.argList()
	case p.accept("["):
		t.Index = p.subscr()
		p.expect("]")
	case p.accept("."):
		if p.peek().Type != tokName {
			p.unexpected()
		}
		t.Attr = p.lex.Next().Value
	default:
		return nil
	}
	t.At = p.at(start)
	return t
}
