package parser

import "github.com/alecthomas/participle/v2/lexer"

// Hand-written parsing of whole files and compound statements: it builds exactly the tree the
// participle grammar of grammar_stmt.go builds, in one pass with no reflection, branching or
// deferred field setting, which made participle cost most of a parse. It is only the fast
// path for valid input: on any failure parseTokens runs the participle grammar on the same
// tokens, and participle's error, with its backtracking, still decides the message reported.
// Each function mirrors the production of the grammar type it returns.

// file parses `stmt* EOF`.
func (p *exprParser) file() (*fileG, error) {
	stmts, err := p.stmts()
	if err != nil {
		return nil, err
	}
	if p.peek().Type != lexer.EOF {
		return nil, p.unexpected()
	}
	return &fileG{Stmts: stmts}, nil
}

// stmts parses statements for as long as one starts at the next token.
func (p *exprParser) stmts() ([]*stmtG, error) {
	var out []*stmtG
	for {
		var s *stmtG
		var err error
		switch {
		case p.startsSimple():
			s = &stmtG{}
			s.Simple, err = p.simpleLine()
		case p.startsCompound():
			s = &stmtG{}
			s.Compound, err = p.compound()
		default:
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// startsCompound reports whether the next token can begin a compound statement.
func (p *exprParser) startsCompound() bool {
	t := p.peek()
	return t.Type == tokKeyword && compoundKeywords[t.Value] || p.is("@")
}

func (p *exprParser) compound() (*compoundG, error) {
	start := p.peek().Pos
	c := &compoundG{}
	for p.accept("@") {
		d, err := p.requiredNamed()
		if err != nil {
			return c, err
		}
		c.Decorators = append(c.Decorators, d)
		if err := p.expectKind(tokNewline); err != nil {
			return c, err
		}
	}
	var err error
	switch p.compoundKind() {
	case "def":
		c.Def, err = p.funcDef()
	case "class":
		c.Class, err = p.classDef()
	case "if":
		c.If, err = p.ifStmt()
	case "while":
		c.While, err = p.whileStmt()
	case "for":
		c.For, err = p.forStmt()
	case "try":
		c.Try, err = p.tryStmt()
	case "with":
		c.With, err = p.withStmt()
	case "match":
		c.Match, err = p.matchStmt()
	default:
		return c, p.unexpected()
	}
	c.At = p.at(start)
	return c, err
}

// compoundKind returns the keyword that decides which compound statement comes next: the
// next token's, or for `async` the one after it (def, for or with), or "" if there is none.
func (p *exprParser) compoundKind() string {
	if t := p.peek(); t.Type != tokKeyword || t.Value != "async" {
		if t.Type != tokKeyword {
			return ""
		}
		return t.Value
	}
	for _, kw := range []string{"def", "for", "with"} {
		if p.isNext(kw) {
			return kw
		}
	}
	return ""
}

// expectKind consumes a token of the given type, or fails at the next token.
func (p *exprParser) expectKind(kind lexer.TokenType) error {
	if p.peek().Type != kind {
		return p.unexpected()
	}
	p.lex.Next()
	return nil
}

// block parses `Newline Indent stmt+ Dedent | simpleLine`.
func (p *exprParser) block() (*blockG, error) {
	start := p.peek().Pos
	b := &blockG{}
	var err error
	switch {
	case p.peek().Type == tokNewline:
		p.lex.Next()
		if err = p.expectKind(tokIndent); err != nil {
			return b, err
		}
		if b.Stmts, err = p.stmts(); err != nil {
			return b, err
		}
		if len(b.Stmts) == 0 {
			return b, p.unexpected()
		}
		err = p.expectKind(tokDedent)
	case p.startsSimple():
		b.Simple, err = p.simpleLine()
	default:
		err = p.unexpected()
	}
	b.At = p.at(start)
	return b, err
}

// colonBlock parses `":" block`.
func (p *exprParser) colonBlock() (*blockG, error) {
	if err := p.expect(":"); err != nil {
		return nil, err
	}
	return p.block()
}

// headerTest parses the named expression and colon of an if, elif or while header, and the
// block after them.
func (p *exprParser) headerTest() (*namedG, *blockG, error) {
	test, err := p.requiredNamed()
	if err != nil {
		return test, nil, err
	}
	body, err := p.colonBlock()
	return test, body, err
}

// optElse parses an optional else clause.
func (p *exprParser) optElse() (*elseG, error) {
	if !p.is("else") {
		return nil, nil
	}
	start := p.lex.Next().Pos
	body, err := p.colonBlock()
	return &elseG{At: p.at(start), Body: body}, err
}

func (p *exprParser) funcDef() (*funcDefG, error) {
	start := p.peek().Pos
	f := &funcDefG{Async: p.accept("async")}
	p.lex.Next() // def
	var err error
	if f.Name, err = p.name(); err != nil {
		return f, err
	}
	if err = p.expect("("); err != nil {
		return f, err
	}
	if p.startsParam() {
		if f.Params, err = p.params(); err != nil {
			return f, err
		}
	}
	if err = p.expect(")"); err != nil {
		return f, err
	}
	if p.accept("->") {
		if f.Returns, err = p.requiredTest(); err != nil {
			return f, err
		}
	}
	f.Body, err = p.colonBlock()
	f.At = p.at(start)
	return f, err
}

func (p *exprParser) startsParam() bool {
	return p.peek().Type == tokName || p.is("/") || p.is("*") || p.is("**")
}

// params parses `param ("," param)* ","?`.
func (p *exprParser) params() (*paramsG, error) {
	params, _, err := commaList(p, (*exprParser).param, (*exprParser).startsParam)
	return &paramsG{Params: params}, err
}

func (p *exprParser) param() (*paramG, error) {
	start := p.peek().Pos
	pa := &paramG{}
	var err error
	switch {
	case p.is("/"):
		pa.Kind = p.lex.Next().Value
	case p.is("*") || p.is("**"):
		pa.Kind = p.lex.Next().Value
		if p.peek().Type == tokName {
			pa.Starred, err = p.annotated()
		}
	default:
		pa.Plain, err = p.annotated()
	}
	if err == nil && p.accept("=") {
		pa.Default, err = p.requiredTest()
	}
	pa.At = p.at(start)
	return pa, err
}

func (p *exprParser) annotated() (*annotatedG, error) {
	start := p.peek().Pos
	a := &annotatedG{}
	var err error
	if a.Name, err = p.name(); err == nil && p.accept(":") {
		a.Ann, err = p.requiredTest()
	}
	a.At = p.at(start)
	return a, err
}

func (p *exprParser) classDef() (*classG, error) {
	start := p.lex.Next().Pos
	c := &classG{}
	var err error
	if c.Name, err = p.name(); err != nil {
		return c, err
	}
	if p.accept("(") {
		if c.Args, err = p.argList(); err != nil {
			return c, err
		}
	}
	c.Body, err = p.colonBlock()
	c.At = p.at(start)
	return c, err
}

func (p *exprParser) ifStmt() (*ifG, error) {
	start := p.lex.Next().Pos
	s := &ifG{}
	var err error
	if s.Test, s.Body, err = p.headerTest(); err != nil {
		return s, err
	}
	for p.is("elif") {
		elStart := p.lex.Next().Pos
		e := &elifG{}
		e.Test, e.Body, err = p.headerTest()
		e.At = p.at(elStart)
		s.Elifs = append(s.Elifs, e)
		if err != nil {
			return s, err
		}
	}
	s.Else, err = p.optElse()
	s.At = p.at(start)
	return s, err
}

func (p *exprParser) whileStmt() (*whileG, error) {
	start := p.lex.Next().Pos
	s := &whileG{}
	var err error
	if s.Test, s.Body, err = p.headerTest(); err != nil {
		return s, err
	}
	s.Else, err = p.optElse()
	s.At = p.at(start)
	return s, err
}

func (p *exprParser) forStmt() (*forG, error) {
	start := p.peek().Pos
	s := &forG{Async: p.accept("async")}
	p.lex.Next() // for
	var err error
	if s.Target, err = required(p, (*exprParser).startsItem, (*exprParser).targetList); err != nil {
		return s, err
	}
	if err = p.expect("in"); err != nil {
		return s, err
	}
	if s.Iter, err = p.requiredExprList(); err != nil {
		return s, err
	}
	if s.Body, err = p.colonBlock(); err != nil {
		return s, err
	}
	s.Else, err = p.optElse()
	s.At = p.at(start)
	return s, err
}

func (p *exprParser) tryStmt() (*tryG, error) {
	start := p.lex.Next().Pos
	s := &tryG{}
	var err error
	if s.Body, err = p.colonBlock(); err != nil {
		return s, err
	}
	for p.is("except") {
		var h *exceptG
		h, err = p.except()
		s.Handlers = append(s.Handlers, h)
		if err != nil {
			return s, err
		}
	}
	if s.Else, err = p.optElse(); err != nil {
		return s, err
	}
	if p.is("finally") {
		fStart := p.lex.Next().Pos
		f := &finallyG{}
		f.Body, err = p.colonBlock()
		f.At = p.at(fStart)
		s.Finally = f
	}
	s.At = p.at(start)
	return s, err
}

func (p *exprParser) except() (*exceptG, error) {
	start := p.lex.Next().Pos
	e := &exceptG{Star: p.accept("*")}
	var err error
	if p.startsOperand() {
		if e.Type, err = p.test(); err == nil && p.accept("as") {
			e.Name, err = p.name()
		}
		if err != nil {
			return e, err
		}
	}
	e.Body, err = p.colonBlock()
	e.At = p.at(start)
	return e, err
}

func (p *exprParser) withStmt() (*withG, error) {
	start := p.peek().Pos
	s := &withG{Async: p.accept("async")}
	p.lex.Next() // with
	var err error
	if s.Items, err = required(p, (*exprParser).startsOperand, (*exprParser).withItems); err != nil {
		return s, err
	}
	s.Body, err = p.colonBlock()
	s.At = p.at(start)
	return s, err
}

// fstringExpr parses an f-string field's tokens: `rhs EOF`.
func (p *exprParser) fstringExpr() (*fstringExprG, error) {
	x, err := required(p, (*exprParser).startsRhs, (*exprParser).rhs)
	if err != nil {
		return nil, err
	}
	if p.peek().Type != lexer.EOF {
		return nil, p.unexpected()
	}
	return &fstringExprG{X: x}, nil
}
