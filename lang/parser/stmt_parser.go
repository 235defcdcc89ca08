package parser

import "github.com/alecthomas/participle/v2/lexer"

// Hand-written parsing of whole files and compound statements: it builds exactly the tree the
// participle grammar of grammar_stmt.go builds, in one pass with no reflection, branching or
// deferred field setting, which made participle cost most of a parse. It is only the fast
// path for valid input: on any failure parseTokens runs the participle grammar on the same
// tokens, and participle's error, with its backtracking, still decides the message reported.
// Each function mirrors the production of the grammar type it returns.

// file parses `stmt* EOF`.
func (p *exprParser) file() *fileG {
	f := &fileG{Stmts: p.stmts()}
	p.expectKind(lexer.EOF)
	return f
}

// stmts parses statements for as long as one starts at the next token.
func (p *exprParser) stmts() []*stmtG {
	var out []*stmtG
	for {
		switch {
		case p.startsSimple():
			out = append(out, &stmtG{Simple: p.simpleLine()})
		case p.startsCompound():
			out = append(out, &stmtG{Compound: p.compound()})
		default:
			return out
		}
	}
}

// startsCompound reports whether the next token can begin a compound statement.
func (p *exprParser) startsCompound() bool {
	t := p.peek()
	return t.Type == tokKeyword && compoundKeywords[t.Value] || p.is("@")
}

func (p *exprParser) compound() *compoundG {
	start := p.peek().Pos
	c := &compoundG{}
	for p.accept("@") {
		c.Decorators = append(c.Decorators, p.requiredNamed())
		p.expectKind(tokNewline)
	}
	switch p.compoundKind() {
	case "def":
		c.Def = p.funcDef()
	case "class":
		c.Class = p.classDef()
	case "if":
		c.If = p.ifStmt()
	case "while":
		c.While = p.whileStmt()
	case "for":
		c.For = p.forStmt()
	case "try":
		c.Try = p.tryStmt()
	case "with":
		c.With = p.withStmt()
	case "match":
		c.Match = p.matchStmt()
	default:
		p.unexpected()
	}
	c.At = p.at(start)
	return c
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
func (p *exprParser) expectKind(kind lexer.TokenType) {
	if p.peek().Type != kind {
		p.unexpected()
	}
	p.lex.Next()
}

// block parses `Newline Indent stmt+ Dedent | simpleLine`.
func (p *exprParser) block() *blockG {
	start := p.peek().Pos
	b := &blockG{}
	switch {
	case p.peek().Type == tokNewline:
		p.lex.Next()
		p.expectKind(tokIndent)
		if b.Stmts = p.stmts(); len(b.Stmts) == 0 {
			p.unexpected()
		}
		p.expectKind(tokDedent)
	case p.startsSimple():
		b.Simple = p.simpleLine()
	default:
		p.unexpected()
	}
	b.At = p.at(start)
	return b
}

// colonBlock parses `":" block`.
func (p *exprParser) colonBlock() *blockG {
	p.expect(":")
	return p.block()
}

// headerTest parses the named expression and colon of an if, elif or while header, and the
// block after them.
func (p *exprParser) headerTest() (*namedG, *blockG) {
	test := p.requiredNamed()
	return test, p.colonBlock()
}

// optElse parses an optional else clause.
func (p *exprParser) optElse() *elseG {
	if !p.is("else") {
		return nil
	}
	start := p.lex.Next().Pos
	body := p.colonBlock()
	return &elseG{At: p.at(start), Body: body}
}

func (p *exprParser) funcDef() *funcDefG {
	start := p.peek().Pos
	f := &funcDefG{Async: p.accept("async")}
	p.lex.Next() // def
	f.Name = p.name()
	p.expect("(")
	if p.startsParam() {
		f.Params = p.params()
	}
	p.expect(")")
	if p.accept("->") {
		f.Returns = p.requiredTest()
	}
	f.Body = p.colonBlock()
	f.At = p.at(start)
	return f
}

func (p *exprParser) startsParam() bool {
	return p.peek().Type == tokName || p.is("/") || p.is("*") || p.is("**")
}

// params parses `param ("," param)* ","?`.
func (p *exprParser) params() *paramsG {
	params, _ := commaList(p, (*exprParser).param, (*exprParser).startsParam)
	return &paramsG{Params: params}
}

func (p *exprParser) param() *paramG {
	start := p.peek().Pos
	pa := &paramG{}
	switch {
	case p.is("/"):
		pa.Kind = p.lex.Next().Value
	case p.is("*") || p.is("**"):
		pa.Kind = p.lex.Next().Value
		if p.peek().Type == tokName {
			pa.Starred = p.annotated()
		}
	default:
		pa.Plain = p.annotated()
	}
	if p.accept("=") {
		pa.Default = p.requiredTest()
	}
	pa.At = p.at(start)
	return pa
}

func (p *exprParser) annotated() *annotatedG {
	start := p.peek().Pos
	a := &annotatedG{Name: p.name()}
	if p.accept(":") {
		a.Ann = p.requiredTest()
	}
	a.At = p.at(start)
	return a
}

func (p *exprParser) classDef() *classG {
	start := p.lex.Next().Pos
	c := &classG{Name: p.name()}
	if p.accept("(") {
		c.Args = p.argList()
	}
	c.Body = p.colonBlock()
	c.At = p.at(start)
	return c
}

func (p *exprParser) ifStmt() *ifG {
	start := p.lex.Next().Pos
	s := &ifG{}
	s.Test, s.Body = p.headerTest()
	for p.is("elif") {
		elStart := p.lex.Next().Pos
		e := &elifG{}
		e.Test, e.Body = p.headerTest()
		e.At = p.at(elStart)
		s.Elifs = append(s.Elifs, e)
	}
	s.Else = p.optElse()
	s.At = p.at(start)
	return s
}

func (p *exprParser) whileStmt() *whileG {
	start := p.lex.Next().Pos
	s := &whileG{}
	s.Test, s.Body = p.headerTest()
	s.Else = p.optElse()
	s.At = p.at(start)
	return s
}

func (p *exprParser) forStmt() *forG {
	start := p.peek().Pos
	s := &forG{Async: p.accept("async")}
	p.lex.Next() // for
	s.Target = required(p, (*exprParser).startsItem, (*exprParser).targetList)
	p.expect("in")
	s.Iter = p.requiredExprList()
	s.Body = p.colonBlock()
	s.Else = p.optElse()
	s.At = p.at(start)
	return s
}

func (p *exprParser) tryStmt() *tryG {
	start := p.lex.Next().Pos
	s := &tryG{Body: p.colonBlock()}
	for p.is("except") {
		s.Handlers = append(s.Handlers, p.except())
	}
	s.Else = p.optElse()
	if p.is("finally") {
		fStart := p.lex.Next().Pos
		f := &finallyG{Body: p.colonBlock()}
		f.At = p.at(fStart)
		s.Finally = f
	}
	s.At = p.at(start)
	return s
}

func (p *exprParser) except() *exceptG {
	start := p.lex.Next().Pos
	e := &exceptG{Star: p.accept("*")}
	if p.startsOperand() {
		if e.Type = p.test(); p.accept("as") {
			e.Name = p.name()
		}
	}
	e.Body = p.colonBlock()
	e.At = p.at(start)
	return e
}

func (p *exprParser) withStmt() *withG {
	start := p.peek().Pos
	s := &withG{Async: p.accept("async")}
	p.lex.Next() // with
	s.Items = required(p, (*exprParser).startsOperand, (*exprParser).withItems)
	s.Body = p.colonBlock()
	s.At = p.at(start)
	return s
}

// fstringExpr parses an f-string field's tokens: `rhs EOF`.
func (p *exprParser) fstringExpr() *fstringExprG {
	x := required(p, (*exprParser).startsRhs, (*exprParser).rhs)
	p.expectKind(lexer.EOF)
	return &fstringExprG{X: x}
}
