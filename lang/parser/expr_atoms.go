package parser

import "github.com/alecthomas/participle/v2/lexer"

// Atoms, displays, comprehensions and the other bracketed parts of the expression grammar.

// argList parses what follows the "(" of a call or class definition: `args? ")"`.
func (p *exprParser) argList() (*argsG, error) {
	if !p.startsArg() {
		return nil, p.expect(")")
	}
	a, err := p.args()
	if err == nil {
		err = p.expect(")")
	}
	return a, err
}

// startsArg reports whether the next token can begin an argument of a call or class.
func (p *exprParser) startsArg() bool { return p.startsItem() || p.is("**") }

func (p *exprParser) args() (*argsG, error) {
	args, _, err := commaList(p, (*exprParser).arg, notAt(")"))
	return &argsG{Args: args}, err
}

func (p *exprParser) arg() (*argG, error) {
	start := p.peek().Pos
	a := &argG{}
	var err error
	switch {
	case p.accept("*"):
		if a.Star, err = p.test(); err == nil && p.startsComp() {
			err = &exprError{tok: *p.peek(), from: start, msg: "iterable unpacking cannot be used in comprehension"}
		}
	case p.accept("**"):
		a.DStar, err = p.test()
	case p.peek().Type == tokName && p.isNext("="):
		a.Keyword = p.lex.Next().Value
		p.lex.Next()
		a.KwValue, err = p.test()
	default:
		if a.Value, err = p.named(); err == nil && p.startsComp() {
			a.Comp, err = p.compFor()
		}
	}
	a.At = p.at(start)
	return a, err
}

func (p *exprParser) subscr() (*subscrG, error) {
	start := p.peek().Pos
	items, trailing, err := commaList(p, (*exprParser).slice, notAt("]"))
	return &subscrG{At: p.at(start), Items: items, Trailing: trailing}, err
}

func (p *exprParser) slice() (*sliceG, error) {
	start := p.peek().Pos
	s := &sliceG{}
	var err error
	if p.accept("*") {
		s.Star, err = p.binExpr()
		s.At = p.at(start)
		return s, err
	}
	if !p.is(":") {
		if s.Lower, err = p.named(); err != nil || !p.is(":") {
			s.At = p.at(start)
			return s, err
		}
	}
	restStart := p.lex.Next().Pos
	rest := &sliceRestG{}
	if p.startsOperand() {
		if rest.Upper, err = p.test(); err != nil {
			return s, err
		}
	}
	if p.is(":") {
		stepStart := p.lex.Next().Pos
		step := &stepG{}
		if p.startsOperand() {
			if step.Step, err = p.test(); err != nil {
				return s, err
			}
		}
		step.At = p.at(stepStart)
		rest.Step = step
	}
	rest.At = p.at(restStart)
	s.Rest = rest
	s.At = p.at(start)
	return s, nil
}

func (p *exprParser) atom() (*atomG, error) {
	t := p.peek()
	a := &atomG{}
	var err error
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
		a.Paren, err = p.paren()
	case p.is("["):
		a.List, err = p.list()
	case p.is("{"):
		a.Brace, err = p.brace()
	case p.is("None") || p.is("True") || p.is("False") || p.is("..."):
		a.Const = p.lex.Next().Value
	default:
		return a, p.unexpected()
	}
	a.At = p.at(t.Pos)
	return a, err
}

func (p *exprParser) paren() (*parenG, error) {
	start := p.lex.Next().Pos
	g := &parenG{}
	var err error
	switch {
	case p.is("yield"):
		g.Yield, err = p.yield()
	case !p.is(")"):
		g.Items, err = p.seq(")")
	}
	if err != nil {
		return g, err
	}
	err = p.expect(")")
	g.At = p.at(start)
	return g, err
}

func (p *exprParser) list() (*listG, error) {
	start := p.lex.Next().Pos
	l := &listG{}
	var err error
	if !p.is("]") {
		if l.Items, err = p.seq("]"); err != nil {
			return l, err
		}
	}
	err = p.expect("]")
	l.At = p.at(start)
	return l, err
}

// seq parses the items of a parenthesised or list display up to (not including) close.
func (p *exprParser) seq(close string) (*seqG, error) {
	start := p.peek().Pos
	s := &seqG{}
	var err error
	if s.Items, s.Trailing, err = commaList(p, (*exprParser).starNamed, notAt(close)); err != nil {
		return s, err
	}
	if p.startsComp() {
		if s.Comp, err = p.compFor(); err != nil {
			return s, err
		}
	}
	s.At = p.at(start)
	return s, nil
}

func (p *exprParser) starNamed() (*starNamedG, error) {
	start := p.peek().Pos
	if p.accept("*") {
		b, err := p.binExpr()
		return &starNamedG{At: p.at(start), Star: b}, err
	}
	if p.simpleItem() {
		a, err := p.atom()
		return &starNamedG{At: a.At, Atom: a}, err
	}
	n, err := p.named()
	return &starNamedG{At: p.at(start), X: n}, err
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

func (p *exprParser) brace() (*braceG, error) {
	start := p.lex.Next().Pos
	b := &braceG{}
	for !p.is("}") {
		it, err := p.dictItem()
		b.Items = append(b.Items, it)
		if err != nil {
			return b, err
		}
		if p.startsComp() {
			if b.Comp, err = p.compFor(); err != nil {
				return b, err
			}
			break
		}
		if !p.accept(",") {
			break
		}
		b.Trailing = p.is("}")
	}
	err := p.expect("}")
	b.At = p.at(start)
	return b, err
}

func (p *exprParser) dictItem() (*dictItemG, error) {
	start := p.peek().Pos
	d := &dictItemG{}
	var err error
	switch {
	case p.accept("**"):
		d.DStar, err = p.binExpr()
	case p.accept("*"):
		d.Star, err = p.binExpr()
	default:
		if d.Key, err = p.named(); err == nil && p.accept(":") {
			d.Value, err = p.test()
		}
	}
	d.At = p.at(start)
	return d, err
}

// startsComp reports whether a comprehension clause is next.
func (p *exprParser) startsComp() bool {
	return p.is("for") || p.is("async") && p.isNext("for")
}

func (p *exprParser) compFor() (*compForG, error) {
	f := &compForG{}
	for p.startsComp() {
		start := p.peek().Pos
		cl := &compClauseG{Async: p.accept("async")}
		p.lex.Next() // for
		var err error
		if cl.Target, err = p.targetList(); err != nil {
			return f, err
		}
		if err = p.expect("in"); err != nil {
			return f, err
		}
		if cl.Iter, err = p.or(); err != nil {
			return f, err
		}
		for p.accept("if") {
			var cond *orG
			if cond, err = p.or(); err != nil {
				return f, err
			}
			cl.Ifs = append(cl.Ifs, cond)
		}
		cl.At = p.at(start)
		f.Clauses = append(f.Clauses, cl)
	}
	return f, nil
}

// targetList parses the target of a for statement or comprehension clause, which `in` follows.
func (p *exprParser) targetList() (*targetListG, error) {
	start := p.peek().Pos
	items, trailing, err := commaList(p, (*exprParser).starBin, notAt("in"))
	return &targetListG{At: p.at(start), Items: items, Trailing: trailing}, err
}

// starBin parses `"*"? binExpr`, an item of a target list.
func (p *exprParser) starBin() (*starBinG, error) {
	start := p.peek().Pos
	it := &starBinG{}
	var err error
	if p.accept("*") {
		it.Star, err = p.binExpr()
	} else {
		it.X, err = p.binExpr()
	}
	it.At = p.at(start)
	return it, err
}

func (p *exprParser) yield() (*yieldG, error) {
	start := p.lex.Next().Pos
	y := &yieldG{}
	var err error
	switch {
	case p.accept("from"):
		y.From, err = p.test()
	case p.startsItem():
		y.Value, err = p.exprList()
	}
	y.At = p.at(start)
	return y, err
}

func (p *exprParser) lambda() (*lambdaG, error) {
	start := p.lex.Next().Pos
	l := &lambdaG{}
	var err error
	if !p.is(":") {
		if l.Params, _, err = commaList(p, (*exprParser).lambdaParam, notAt(":")); err != nil {
			return l, err
		}
	}
	if err = p.expect(":"); err != nil {
		return l, err
	}
	l.Body, err = p.test()
	l.At = p.at(start)
	return l, err
}

func (p *exprParser) lambdaParam() (*lambdaParamG, error) {
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
			return prm, p.unexpected()
		}
	default:
		if prm.Plain = name(); prm.Plain == "" {
			return prm, p.unexpected()
		}
	}
	var err error
	if p.accept("=") {
		prm.Default, err = p.test()
	}
	prm.At = p.at(start)
	return prm, err
}

func (p *exprParser) withItems() (*withItemsG, error) {
	if p.is("(") {
		cp := p.lex.MakeCheckpoint()
		p.lex.Next()
		w, err := p.withItemList(")")
		if err == nil && p.accept(")") && p.is(":") {
			return w, nil
		}
		p.lex.LoadCheckpoint(cp)
	}
	return p.withItemList("")
}

// withItemList parses comma-separated with items; a trailing comma is allowed before close.
func (p *exprParser) withItemList(close string) (*withItemsG, error) {
	more := func(p *exprParser) bool { return close == "" || !p.is(close) }
	items, _, err := commaList(p, (*exprParser).withItem, more)
	return &withItemsG{Items: items}, err
}

// withItem parses `test ("as" binExpr)?`.
func (p *exprParser) withItem() (*withItemG, error) {
	start := p.peek().Pos
	it := &withItemG{}
	var err error
	if it.Context, err = p.requiredTest(); err == nil && p.accept("as") {
		it.Target, err = required(p, (*exprParser).startsOperand, (*exprParser).binExpr)
	}
	it.At = p.at(start)
	return it, err
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
