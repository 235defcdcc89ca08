package parser

import "github.com/alecthomas/participle/v2/lexer"

// Atoms, displays, comprehensions and the other bracketed parts of the expression grammar.

// argList parses what follows the "(" of a call or class definition: `args? ")"`.
func (p *exprParser) argList() *argsG {
	var a *argsG
	if p.startsArg() {
		a = p.args()
	}
	p.expect(")")
	return a
}

// startsArg reports whether the next token can begin an argument of a call or class.
func (p *exprParser) startsArg() bool { return p.startsItem() || p.is("**") }

func (p *exprParser) args() *argsG {
	args, _ := commaList(p, (*exprParser).arg, notAt(")"))
	return &argsG{Args: args}
}

func (p *exprParser) arg() *argG {
	start := p.peek().Pos
	a := &argG{}
	switch {
	case p.accept("*"):
		if a.Star = p.test(); p.startsComp() {
			p.fail(&exprError{tok: *p.peek(), from: start, msg: "iterable unpacking cannot be used in comprehension"})
		}
	case p.accept("**"):
		a.DStar = p.test()
	case p.peek().Type == tokName && p.isNext("="):
		a.Keyword = p.lex.Next().Value
		p.lex.Next()
		a.KwValue = p.test()
	default:
		if a.Value = p.named(); p.startsComp() {
			a.Comp = p.compFor()
		}
	}
	a.At = p.at(start)
	return a
}

func (p *exprParser) subscr() *subscrG {
	start := p.peek().Pos
	items, trailing := commaList(p, (*exprParser).slice, notAt("]"))
	return &subscrG{At: p.at(start), Items: items, Trailing: trailing}
}

func (p *exprParser) slice() *sliceG {
	start := p.peek().Pos
	s := &sliceG{}
	if p.accept("*") {
		s.Star = p.binExpr()
		s.At = p.at(start)
		return s
	}
	if !p.is(":") {
		if s.Lower = p.named(); !p.is(":") {
			s.At = p.at(start)
			return s
		}
	}
	restStart := p.lex.Next().Pos
	rest := &sliceRestG{}
	if p.startsOperand() {
		rest.Upper = p.test()
	}
	if p.is(":") {
		stepStart := p.lex.Next().Pos
		step := &stepG{}
		if p.startsOperand() {
			step.Step = p.test()
		}
		step.At = p.at(stepStart)
		rest.Step = step
	}
	rest.At = p.at(restStart)
	s.Rest = rest
	s.At = p.at(start)
	return s
}

func (p *exprParser) atom() *atomG {
	t := p.peek()
	a := &atomG{}
	switch {
	case t.Type == tokName:
		a.Name = p.lex.Next().Value
	case t.Type == tokNumber:
		a.Num = p.lex.Next().Value
	case t.Type == tokString:
		for p.peek().Type == tokString {
			a.Strs = append(a.Strs, &strG{At: p.at(p.lex.Next().Pos)})
		}
	case p.is("("):
		a.Paren = p.paren()
	case p.is("["):
		a.List = p.list()
	case p.is("{"):
		a.Brace = p.brace()
	case p.is("None") || p.is("True") || p.is("False") || p.is("..."):
		a.Const = p.lex.Next().Value
	default:
		p.unexpected()
	}
	a.At = p.at(t.Pos)
	return a
}

func (p *exprParser) paren() *parenG {
	start := p.lex.Next().Pos
	g := &parenG{}
	switch {
	case p.is("yield"):
		g.Yield = p.yield()
	case !p.is(")"):
		g.Items = p.seq(")")
	}
	p.expect(")")
	g.At = p.at(start)
	return g
}

func (p *exprParser) list() *listG {
	start := p.lex.Next().Pos
	l := &listG{}
	if !p.is("]") {
		l.Items = p.seq("]")
	}
	p.expect("]")
	l.At = p.at(start)
	return l
}

// seq parses the items of a parenthesised or list display up to (not including) close.
func (p *exprParser) seq(close string) *seqG {
	start := p.peek().Pos
	s := &seqG{}
	s.Items, s.Trailing = commaList(p, (*exprParser).starNamed, notAt(close))
	if p.startsComp() {
		s.Comp = p.compFor()
	}
	s.At = p.at(start)
	return s
}

func (p *exprParser) starNamed() *starNamedG {
	start := p.peek().Pos
	if p.accept("*") {
		b := p.binExpr()
		return &starNamedG{At: p.at(start), Star: b}
	}
	if p.simpleItem() {
		a := p.atom()
		return &starNamedG{At: a.At, Atom: a}
	}
	n := p.named()
	return &starNamedG{At: p.at(start), X: n}
}

// simpleItem reports whether the next element is a single name, number or string token
// followed by the end of the element. A million-element literal is made of such elements,
// and a parse tree of every precedence level for each would take about 1 KB apiece.
func (p *exprParser) simpleItem() bool {
	switch p.peek().Type {
	case tokName, tokNumber, tokString:
	default:
		return false
	}
	return p.isNext(",") || p.isNext("]") || p.isNext(")") || p.isNext("}")
}

func (p *exprParser) brace() *braceG {
	start := p.lex.Next().Pos
	b := &braceG{}
	for !p.is("}") {
		b.Items = append(b.Items, p.dictItem())
		if p.startsComp() {
			b.Comp = p.compFor()
			break
		}
		if !p.accept(",") {
			break
		}
		b.Trailing = p.is("}")
	}
	p.expect("}")
	b.At = p.at(start)
	return b
}

func (p *exprParser) dictItem() *dictItemG {
	start := p.peek().Pos
	d := &dictItemG{}
	switch {
	case p.accept("**"):
		d.DStar = p.binExpr()
	case p.accept("*"):
		d.Star = p.binExpr()
	default:
		if d.Key = p.named(); p.accept(":") {
			d.Value = p.test()
		}
	}
	d.At = p.at(start)
	return d
}

// startsComp reports whether a comprehension clause is next.
func (p *exprParser) startsComp() bool {
	return p.is("for") || p.is("async") && p.isNext("for")
}

func (p *exprParser) compFor() *compForG {
	f := &compForG{}
	for p.startsComp() {
		start := p.peek().Pos
		cl := &compClauseG{Async: p.accept("async")}
		p.lex.Next() // for
		cl.Target = p.targetList()
		p.expect("in")
		cl.Iter = p.or()
		for p.accept("if") {
			cl.Ifs = append(cl.Ifs, p.or())
		}
		cl.At = p.at(start)
		f.Clauses = append(f.Clauses, cl)
	}
	return f
}

// targetList parses the target of a for statement or comprehension clause, which `in` follows.
func (p *exprParser) targetList() *targetListG {
	start := p.peek().Pos
	items, trailing := commaList(p, (*exprParser).starBin, notAt("in"))
	return &targetListG{At: p.at(start), Items: items, Trailing: trailing}
}

// starBin parses `"*"? binExpr`, an item of a target list.
func (p *exprParser) starBin() *starBinG {
	start := p.peek().Pos
	it := &starBinG{}
	if p.accept("*") {
		it.Star = p.binExpr()
	} else {
		it.X = p.binExpr()
	}
	it.At = p.at(start)
	return it
}

func (p *exprParser) yield() *yieldG {
	start := p.lex.Next().Pos
	y := &yieldG{}
	switch {
	case p.accept("from"):
		y.From = p.test()
	case p.startsItem():
		y.Value = p.exprList()
	}
	y.At = p.at(start)
	return y
}

func (p *exprParser) lambda() *lambdaG {
	start := p.lex.Next().Pos
	l := &lambdaG{}
	if !p.is(":") {
		l.Params, _ = commaList(p, (*exprParser).lambdaParam, notAt(":"))
	}
	p.expect(":")
	l.Body = p.test()
	l.At = p.at(start)
	return l
}

func (p *exprParser) lambdaParam() *lambdaParamG {
	start := p.peek().Pos
	prm := &lambdaParamG{}
	name := func() string {
		if p.peek().Type == tokName {
			return p.lex.Next().Value
		}
		return ""
	}
	switch {
	case p.accept("/"):
		prm.Kind = "/"
	case p.accept("*"):
		prm.Kind, prm.Starred = "*", name()
	case p.accept("**"):
		prm.Kind = "**"
		if prm.Starred = name(); prm.Starred == "" {
			p.unexpected()
		}
	default:
		if prm.Plain = name(); prm.Plain == "" {
			p.unexpected()
		}
	}
	if p.accept("=") {
		prm.Default = p.test()
	}
	prm.At = p.at(start)
	return prm
}

// withItems parses the items of a with statement. Items in parentheses are tried first: if
// they do not parse, or do not end the header, the parenthesis opens the first item instead.
func (p *exprParser) withItems() *withItemsG {
	if p.is("(") {
		cp := p.lex.MakeCheckpoint()
		p.lex.Next()
		w, err := catch(func() *withItemsG { return p.withItemList(")") })
		if err == nil && p.accept(")") && p.is(":") {
			return w
		}
		p.lex.LoadCheckpoint(cp)
	}
	return p.withItemList("")
}

// withItemList parses comma-separated with items; a trailing comma is allowed before close.
func (p *exprParser) withItemList(close string) *withItemsG {
	more := func(p *exprParser) bool { return close == "" || !p.is(close) }
	items, _ := commaList(p, (*exprParser).withItem, more)
	return &withItemsG{Items: items}
}

// withItem parses `test ("as" binExpr)?`.
func (p *exprParser) withItem() *withItemG {
	start := p.peek().Pos
	it := &withItemG{Context: p.requiredTest()}
	if p.accept("as") {
		it.Target = required(p, (*exprParser).startsOperand, (*exprParser).binExpr)
	}
	it.At = p.at(start)
	return it
}

// exprError is a parse failure with a specific message, raised where the expression parser
// knows better than "invalid syntax". It highlights from the start of the construct to the
// end of the token before tok.
type exprError struct {
	tok  lexer.Token
	from lexer.Position
	msg  string
}

func (e *exprError) Error() string            { return e.msg }
func (e *exprError) Message() string          { return e.msg }
func (e *exprError) Position() lexer.Position { return e.tok.Pos }
