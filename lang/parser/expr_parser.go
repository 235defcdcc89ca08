package parser

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// exprParser is a recursive-descent parser for the expression grammar of grammar_expr.go,
// reading the token stream participle hands to Parseable implementations. Its functions are
// called only where their production may start, unless noted; a mismatch is reported as a
// participle.UnexpectedTokenError at the offending token, like participle's own failures.
type exprParser struct {
	lex   *lexer.PeekingLexer
	depth int // recursion depth, bounded so that no input can exhaust the stack
}

// maxNesting bounds how deeply expressions may nest. CPython accepts a few hundred levels
// (its tokenizer caps brackets at 200), which this leaves room for.
const maxNesting = 1000

// enter counts one level of recursion; callers defer p.leave().
func (p *exprParser) enter() error {
	p.depth++
	if p.depth > maxNesting {
		return &exprError{tok: *p.peek(), from: p.peek().Pos, msg: "too many nested expressions"}
	}
	return nil
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

func (p *exprParser) expect(text string) error {
	if p.accept(text) {
		return nil
	}
	return p.unexpected()
}

func (p *exprParser) unexpected() error {
	return &participle.UnexpectedTokenError{Unexpected: *p.lex.Peek()}
}

// required parses a production that must come next: unless can reports that it may start at
// the next token, it fails there without consuming anything.
func required[T any](p *exprParser, can func(*exprParser) bool, prod func(*exprParser) (T, error)) (T, error) {
	if !can(p) {
		var none T
		return none, p.unexpected()
	}
	return prod(p)
}

// commaList parses `item ("," item)* ","?`: after each comma the list goes on while more
// reports that an item follows, and a comma it does not go on after is trailing.
func commaList[T any](p *exprParser, item func(*exprParser) (T, error), more func(*exprParser) bool) (items []T, trailing bool, err error) {
	for {
		var it T
		it, err = item(p)
		items = append(items, it)
		if err != nil || !p.accept(",") {
			return items, false, err
		}
		if !more(p) {
			return items, true, nil
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

func (p *exprParser) exprStmt() (*exprStmtG, error) {
	start := p.peek().Pos
	s := &exprStmtG{}
	var err error
	if s.First, err = p.rhs(); err != nil {
		return s, err
	}
	switch t := p.peek(); {
	case p.accept(":"):
		if s.Annot, err = p.test(); err == nil && p.accept("=") {
			s.AnnValue, err = p.rhsAfter()
		}
	case t.Type == tokOp && augOps[t.Value]:
		s.AugOp = p.lex.Next().Value
		s.AugValue, err = p.rhsAfter()
	default:
		for err == nil && p.accept("=") {
			var r *rhsG
			r, err = p.rhsAfter()
			s.Assigns = append(s.Assigns, r)
		}
	}
	s.At = p.at(start)
	return s, err
}

// rhsAfter parses the right-hand side that must follow an assignment operator.
func (p *exprParser) rhsAfter() (*rhsG, error) {
	return required(p, (*exprParser).startsRhs, (*exprParser).rhs)
}

// startsRhs reports whether the next token can begin a right-hand side: an expression list or
// a yield.
func (p *exprParser) startsRhs() bool { return p.startsItem() || p.is("yield") }

func (p *exprParser) rhs() (*rhsG, error) {
	if p.is("yield") {
		y, err := p.yield()
		return &rhsG{Yield: y}, err
	}
	l, err := p.exprList()
	return &rhsG{List: l}, err
}

func (p *exprParser) exprList() (*exprListG, error) {
	start := p.peek().Pos
	items, trailing, err := commaList(p, (*exprParser).starTest, (*exprParser).startsItem)
	return &exprListG{At: p.at(start), Items: items, Trailing: trailing}, err
}

func (p *exprParser) starTest() (*starTestG, error) {
	start := p.peek().Pos
	if p.accept("*") {
		b, err := p.binExpr()
		return &starTestG{At: p.at(start), Star: b}, err
	}
	t, err := p.test()
	return &starTestG{At: p.at(start), X: t}, err
}

func (p *exprParser) test() (*testG, error) {
	defer p.leave()
	if err := p.enter(); err != nil {
		return &testG{}, err
	}
	start := p.peek().Pos
	if p.is("lambda") {
		l, err := p.lambda()
		return &testG{At: p.at(start), Lambda: l}, err
	}
	t := &testG{}
	var err error
	if t.Body, err = p.or(); err != nil {
		return t, err
	}
	if p.accept("if") {
		if t.Cond, err = p.or(); err != nil {
			return t, err
		}
		if !p.is("else") {
			return t, &exprError{tok: *p.peek(), from: start, msg: "expected 'else' after 'if' expression"}
		}
		p.lex.Next()
		if t.Else, err = p.test(); err != nil {
			return t, err
		}
	}
	t.At = p.at(start)
	return t, nil
}

func (p *exprParser) named() (*namedG, error) {
	start := p.peek().Pos
	if p.peek().Type == tokName && p.isNext(":=") {
		name := p.lex.Next().Value
		p.lex.Next()
		v, err := p.test()
		return &namedG{At: p.at(start), Target: name, Value: v}, err
	}
	t, err := p.test()
	return &namedG{At: p.at(start), X: t}, err
}

// opChain parses `operand (op operand)*`, where op consumes the operator next and returns it,
// or returns "" if there is none.
func opChain[X any](p *exprParser, operand func(*exprParser) (X, error), op func(*exprParser) string) (head X, tail []*opTail[X], err error) {
	head, err = operand(p)
	for err == nil {
		o := op(p)
		if o == "" {
			break
		}
		var x X
		x, err = operand(p)
		tail = append(tail, &opTail[X]{Op: o, X: x})
	}
	return head, tail, err
}

func (p *exprParser) or() (*orG, error) {
	head, tail, err := opChain(p, (*exprParser).not, (*exprParser).boolOp)
	return &orG{Head: head, Tail: tail}, err
}

// boolOp consumes `and` or `or`, if one is next.
func (p *exprParser) boolOp() string {
	if p.is("and") || p.is("or") {
		return p.lex.Next().Value
	}
	return ""
}

func (p *exprParser) not() (*notG, error) {
	defer p.leave()
	if err := p.enter(); err != nil {
		return &notG{}, err
	}
	start := p.peek().Pos
	if p.accept("not") {
		n, err := p.not()
		return &notG{At: p.at(start), Not: n}, err
	}
	c, err := p.cmpExpr()
	return &notG{At: p.at(start), X: c}, err
}

func (p *exprParser) cmpExpr() (*cmpExprG, error) {
	head, tail, err := opChain(p, (*exprParser).binExpr, (*exprParser).cmpOp)
	return &cmpExprG{Head: head, Tail: tail}, err
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

func (p *exprParser) binExpr() (*binExprG, error) {
	head, tail, err := opChain(p, (*exprParser).unary, (*exprParser).binOp)
	return &binExprG{Head: head, Tail: tail}, err
}

func (p *exprParser) unary() (*unaryG, error) {
	defer p.leave()
	if err := p.enter(); err != nil {
		return &unaryG{}, err
	}
	start := p.peek().Pos
	if t := p.peek(); t.Type == tokOp && (t.Value == "-" || t.Value == "+" || t.Value == "~") {
		p.lex.Next()
		x, err := p.unary()
		return &unaryG{At: p.at(start), Op: t.Value, X: x}, err
	}
	pw, err := p.power()
	return &unaryG{At: p.at(start), Power: pw}, err
}

func (p *exprParser) power() (*powerG, error) {
	start := p.peek().Pos
	pw := &powerG{Await: p.accept("await")}
	var err error
	if pw.Atom, err = p.atom(); err != nil {
		return pw, err
	}
	for {
		var tr *trailerG
		if tr, err = p.trailer(); err != nil {
			return pw, err
		}
		if tr == nil {
			break
		}
		pw.Trailers = append(pw.Trailers, tr)
	}
	if p.accept("**") {
		if pw.Exp, err = p.unary(); err != nil {
			return pw, err
		}
	}
	pw.At = p.at(start)
	return pw, nil
}

// trailer parses a call, subscript or attribute access, or returns nil if none is next.
func (p *exprParser) trailer() (*trailerG, error) {
	start := p.peek().Pos
	t := &trailerG{}
	var err error
	switch {
	case p.accept("("):
		t.Call = true
		t.Args, err = p.argList()
	case p.accept("["):
		if t.Index, err = p.subscr(); err != nil {
			return t, err
		}
		err = p.expect("]")
	case p.accept("."):
		if p.peek().Type != tokName {
			return t, p.unexpected()
		}
		t.Attr = p.lex.Next().Value
	default:
		return nil, nil
	}
	t.At = p.at(start)
	return t, err
}
