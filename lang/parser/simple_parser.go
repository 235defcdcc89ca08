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

func (p *exprParser) simpleLine() (*simpleLineG, error) {
	l := &simpleLineG{}
	for {
		s, err := p.small()
		l.Stmts = append(l.Stmts, s)
		if err != nil {
			return l, err
		}
		if !p.accept(";") || p.peek().Type == tokNewline {
			break
		}
	}
	if p.peek().Type != tokNewline {
		return l, p.unexpected()
	}
	p.lex.Next()
	return l, nil
}

func (p *exprParser) small() (*smallG, error) {
	start := p.peek().Pos
	s := &smallG{}
	var err error
	switch {
	case p.startsRhs():
		s.Expr, err = p.exprStmt()
	case p.accept("pass"):
		s.Pass = true
	case p.accept("break"):
		s.Break = true
	case p.accept("continue"):
		s.Continue = true
	case p.accept("return"):
		s.Return = true
		if p.startsItem() {
			s.RetValue, err = p.exprList()
		}
	case p.accept("raise"):
		s.Raise = true
		if p.startsOperand() {
			if s.Exc, err = p.test(); err == nil && p.accept("from") {
				s.Cause, err = p.requiredTest()
			}
		}
	case p.accept("global"):
		s.Global, err = p.nameSeq(",")
	case p.accept("nonlocal"):
		s.Nonlocal, err = p.nameSeq(",")
	case p.accept("del"):
		s.Del, err = p.requiredExprList()
	case p.accept("assert"):
		if s.Assert, err = p.requiredTest(); err == nil && p.accept(",") {
			s.AssertMsg, err = p.requiredTest()
		}
	case p.accept("import"):
		for err == nil {
			var d *dottedAsG
			d, err = p.dottedAs()
			s.Import = append(s.Import, d)
			if !p.accept(",") {
				break
			}
		}
	case p.is("from"):
		s.From, err = p.from()
	default:
		return s, p.unexpected()
	}
	s.At = p.at(start)
	return s, err
}

// requiredTest parses an expression that must be present.
func (p *exprParser) requiredTest() (*testG, error) {
	return required(p, (*exprParser).startsOperand, (*exprParser).test)
}

// requiredNamed parses a possibly named (`x := ...`) expression that must be present.
func (p *exprParser) requiredNamed() (*namedG, error) {
	return required(p, (*exprParser).startsOperand, (*exprParser).named)
}

// requiredExprList parses an expression list that must be present.
func (p *exprParser) requiredExprList() (*exprListG, error) {
	return required(p, (*exprParser).startsItem, (*exprParser).exprList)
}

func (p *exprParser) name() (string, error) {
	if p.peek().Type != tokName {
		return "", p.unexpected()
	}
	return p.lex.Next().Value, nil
}

// nameSeq parses `Name (sep Name)*`: the names of a global statement (sep ",") or the parts of
// a dotted module name (sep ".").
func (p *exprParser) nameSeq(sep string) ([]string, error) {
	var out []string
	for {
		n, err := p.name()
		if err != nil {
			return out, err
		}
		out = append(out, n)
		if !p.accept(sep) {
			return out, nil
		}
	}
}

// asName parses an optional `as Name`.
func (p *exprParser) asName() (string, error) {
	if !p.accept("as") {
		return "", nil
	}
	return p.name()
}

func (p *exprParser) dottedAs() (*dottedAsG, error) {
	start := p.peek().Pos
	d := &dottedAsG{}
	var err error
	if d.Name, err = p.nameSeq("."); err != nil {
		return d, err
	}
	d.As, err = p.asName()
	d.At = p.at(start)
	return d, err
}

func (p *exprParser) from() (*fromG, error) {
	start := p.lex.Next().Pos
	f := &fromG{}
	for p.is(".") || p.is("...") {
		f.Dots = append(f.Dots, p.lex.Next().Value)
	}
	var err error
	if f.Dots == nil || p.peek().Type == tokName {
		if f.Module, err = p.nameSeq("."); err != nil {
			return f, err
		}
	}
	if err = p.expect("import"); err != nil {
		return f, err
	}
	switch {
	case p.accept("*"):
		f.Star = true
	case p.accept("("):
		for err == nil && !p.is(")") {
			var a *importAsG
			a, err = p.importAs()
			f.Names = append(f.Names, a)
			if err == nil && !p.accept(",") {
				break
			}
		}
		if err == nil && f.Names == nil {
			err = p.unexpected()
		}
		if err == nil {
			err = p.expect(")")
		}
	default:
		for err == nil {
			var a *importAsG
			a, err = p.importAs()
			f.Names = append(f.Names, a)
			if err != nil || !p.accept(",") {
				break
			}
			if p.peek().Type == tokNewline || p.is(";") {
				err = &exprError{tok: *p.peek(), from: p.peek().Pos, msg: "trailing comma not allowed without surrounding parentheses"}
			}
		}
	}
	f.At = p.at(start)
	return f, err
}

func (p *exprParser) importAs() (*importAsG, error) {
	start := p.peek().Pos
	n, err := p.name()
	if err != nil {
		return nil, err
	}
	a := &importAsG{Name: n}
	a.As, err = p.asName()
	a.At = p.at(start)
	return a, err
}
