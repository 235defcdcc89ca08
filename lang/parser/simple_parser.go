package parser

// Hand-written parsing of simple statements (see grammar_simple.go), on the same token stream
// and with the same conventions as the expression parser.

// compoundKeywords start a compound statement (or a clause of one): a simple statement line
// never starts with them.
var compoundKeywords = map[string]bool{
	"if": true, "elif": true, "else": true, "while": true, "for": true, "try": true, "except": true,
	"finally": true, "with": true, "def": true, "class": true, "async": true,
	"match": true, "case": true, // only where markSoftKeywords tagged them as keywords
}

func (p *exprParser) startsSimple() bool {
	t := p.peek()
	switch t.Type {
	case tokKeyword:
		return !compoundKeywords[t.Value]
	case tokOp:
		return t.Value != "@" && p.startsItem()
	}
	return t.Type == tokName || t.Type == tokNumber || t.Type == tokString
}

func (p *exprParser) simpleLine() *simpleLineG {
	l := &simpleLineG{}
	for {
		l.Stmts = append(l.Stmts, p.small())
		if !p.accept(";") || p.peek().Type == tokNewline {
			break
		}
	}
	p.expectKind(tokNewline)
	return l
}

func (p *exprParser) small() *smallG {
	start := p.peek().Pos
	s := &smallG{}
	switch {
	case p.startsRhs():
		s.Expr = p.exprStmt()
	case p.accept("pass"):
		s.Pass = true
	case p.accept("break"):
		s.Break = true
	case p.accept("continue"):
		s.Continue = true
	case p.accept("return"):
		s.Return = true
		if p.startsItem() {
			s.RetValue = p.exprList()
		}
	case p.accept("raise"):
		s.Raise = true
		if p.startsOperand() {
			if s.Exc = p.test(); p.accept("from") {
				s.Cause = p.requiredTest()
			}
		}
	case p.accept("global"):
		s.Global = p.nameSeq(",")
	case p.accept("nonlocal"):
		s.Nonlocal = p.nameSeq(",")
	case p.accept("del"):
		s.Del = p.requiredExprList()
	case p.accept("assert"):
		if s.Assert = p.requiredTest(); p.accept(",") {
			s.AssertMsg = p.requiredTest()
		}
	case p.accept("import"):
		for {
			s.Import = append(s.Import, p.dottedAs())
			if !p.accept(",") {
				break
			}
		}
	case p.is("from"):
		s.From = p.from()
	default:
		p.unexpected()
	}
	s.At = p.at(start)
	return s
}

// requiredTest parses an expression that must be present.
func (p *exprParser) requiredTest() *testG {
	return required(p, (*exprParser).startsOperand, (*exprParser).test)
}

// requiredNamed parses a possibly named (`x := ...`) expression that must be present.
func (p *exprParser) requiredNamed() *namedG {
	return required(p, (*exprParser).startsOperand, (*exprParser).named)
}

// requiredExprList parses an expression list that must be present.
func (p *exprParser) requiredExprList() *exprListG {
	return required(p, (*exprParser).startsItem, (*exprParser).exprList)
}

func (p *exprParser) name() string {
	if p.peek().Type != tokName {
		p.unexpected()
	}
	return p.lex.Next().Value
}

// nameSeq parses `Name (sep Name)*`: the names of a global statement (sep ",") or the parts of
// a dotted module name (sep ".").
func (p *exprParser) nameSeq(sep string) []string {
	out := []string{p.name()}
	for p.accept(sep) {
		out = append(out, p.name())
	}
	return out
}

// asName parses an optional `as Name`.
func (p *exprParser) asName() string {
	if !p.accept("as") {
		return ""
	}
	return p.name()
}

func (p *exprParser) dottedAs() *dottedAsG {
	start := p.peek().Pos
	d := &dottedAsG{Name: p.nameSeq(".")}
	d.As = p.asName()
	d.At = p.at(start)
	return d
}

func (p *exprParser) from() *fromG {
	start := p.lex.Next().Pos
	f := &fromG{}
	for p.is(".") || p.is("...") {
		f.Dots = append(f.Dots, p.lex.Next().Value)
	}
	if f.Dots == nil || p.peek().Type == tokName {
		f.Module = p.nameSeq(".")
	}
	p.expect("import")
	switch {
	case p.accept("*"):
		f.Star = true
	case p.accept("("):
		for !p.is(")") {
			f.Names = append(f.Names, p.importAs())
			if !p.accept(",") {
				break
			}
		}
		if f.Names == nil {
			p.unexpected()
		}
		p.expect(")")
	default:
		for {
			f.Names = append(f.Names, p.importAs())
			if !p.accept(",") {
				break
			}
			if p.peek().Type == tokNewline || p.is(";") {
				p.fail(&exprError{tok: *p.peek(), from: p.peek().Pos, msg: "trailing comma not allowed without surrounding parentheses"})
			}
		}
	}
	f.At = p.at(start)
	return f
}

func (p *exprParser) importAs() *importAsG {
	start := p.peek().Pos
	a := &importAsG{Name: p.name()}
	a.As = p.asName()
	a.At = p.at(start)
	return a
}
