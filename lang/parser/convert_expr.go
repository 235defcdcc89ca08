package parser

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// Expression conversion. A parenthesised expression keeps its own span (as in CPython), but
// operators take their extent from the grammar nodes, parentheses included: `(a) + b` starts
// at the '('.

func (c *converter) exprList(l *exprListG) ast.Expr {
	return tupleOrOne(c, l.At, l.Items, l.Trailing, c.starTest)
}

// tupleOrOne converts a comma-separated list of items: a single one with no trailing comma is
// that item, anything else a tuple of them all, spanning at.
func tupleOrOne[G any](c *converter, at At, items []G, trailing bool, conv func(G) ast.Expr) ast.Expr {
	if len(items) == 1 && !trailing {
		return conv(items[0])
	}
	t := &ast.Tuple{Span: c.span(at), Elts: make([]ast.Expr, 0, len(items))}
	for _, it := range items {
		t.Elts = append(t.Elts, conv(it))
	}
	return t
}

// starred converts the `*x` of a star item that spans at.
func (c *converter) starred(at At, x *binExprG) ast.Expr {
	e, _ := c.binExpr(x)
	return &ast.Starred{Span: c.span(at), X: e}
}

func (c *converter) starTest(s *starTestG) ast.Expr {
	if s.Star != nil {
		return c.starred(s.At, s.Star)
	}
	return c.test(s.X)
}

func (c *converter) test(t *testG) ast.Expr {
	if t.Lambda != nil {
		return c.lambda(t.Lambda)
	}
	body, _ := c.or(t.Body)
	if t.Cond == nil {
		return body
	}
	cond, _ := c.or(t.Cond)
	return &ast.IfExp{Span: c.span(t.At), Test: cond, Body: body, OrElse: c.test(t.Else)}
}

func (c *converter) named(n *namedG) ast.Expr {
	if n.X != nil {
		return c.test(n.X)
	}
	name := c.tok(n.At)
	target := &ast.Name{Span: ast.Span{Start: name.start, End: name.end}, ID: n.Target}
	return &ast.NamedExpr{Span: c.span(n.At), Target: target, Value: c.test(n.Value)}
}

// or converts an and/or chain: `and` binds tighter, and each run of one operator becomes a
// single BoolOp with all its operands.
func (c *converter) or(o *orG) (ast.Expr, ast.Span) {
	if len(o.Tail) == 0 {
		return c.not(o.Head), c.span(o.Head.At)
	}
	operands := []*notG{o.Head}
	ops := make([]string, 0, len(o.Tail))
	for _, t := range o.Tail {
		operands = append(operands, t.X)
		ops = append(ops, t.Op)
	}
	var groups []ast.Expr
	var spans []ast.Span
	for i := 0; i < len(operands); {
		j := i + 1
		for j < len(operands) && ops[j-1] == "and" {
			j++
		}
		g, sp := c.boolOp("and", operands[i:j])
		groups, spans = append(groups, g), append(spans, sp)
		i = j
	}
	sp := ast.Span{Start: spans[0].Start, End: spans[len(spans)-1].End}
	if len(groups) == 1 {
		return groups[0], sp
	}
	return &ast.BoolOp{Span: sp, Op: "or", Values: groups}, sp
}

func (c *converter) boolOp(op string, operands []*notG) (ast.Expr, ast.Span) {
	sp := ast.Span{Start: c.span(operands[0].At).Start, End: c.span(operands[len(operands)-1].At).End}
	if len(operands) == 1 {
		return c.not(operands[0]), sp
	}
	b := &ast.BoolOp{Span: sp, Op: op}
	for _, x := range operands {
		b.Values = append(b.Values, c.not(x))
	}
	return b, sp
}

func (c *converter) not(n *notG) ast.Expr {
	if n.Not != nil {
		return &ast.UnaryOp{Span: c.span(n.At), Op: "not", X: c.not(n.Not)}
	}
	left, sp := c.binExpr(n.X.Head)
	if len(n.X.Tail) == 0 {
		return left
	}
	cmp := &ast.Compare{Left: left}
	for _, t := range n.X.Tail {
		right, rsp := c.binExpr(t.X)
		cmp.Ops = append(cmp.Ops, t.Op)
		cmp.Comparators = append(cmp.Comparators, right)
		sp.End = rsp.End
	}
	cmp.Span = sp
	return cmp
}

// binPrec gives the binding power of the arithmetic and bitwise operators; all of them are
// left-associative (`**` is handled by the grammar).
var binPrec = map[string]int{
	"|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5, "*": 6, "/": 6, "//": 6, "%": 6, "@": 6,
}

// binExpr builds the tree of a flat operand/operator list with an operator-precedence stack.
func (c *converter) binExpr(b *binExprG) (ast.Expr, ast.Span) {
	head := c.unary(b.Head)
	if len(b.Tail) == 0 {
		return head, c.span(b.Head.At)
	}
	vals := []ast.Expr{head}
	spans := []ast.Span{c.span(b.Head.At)}
	var ops []string
	reduce := func() {
		n := len(vals)
		sp := ast.Span{Start: spans[n-2].Start, End: spans[n-1].End}
		vals[n-2] = &ast.BinOp{Span: sp, Op: ops[len(ops)-1], X: vals[n-2], Y: vals[n-1]}
		spans[n-2] = sp
		vals, spans, ops = vals[:n-1], spans[:n-1], ops[:len(ops)-1]
	}
	for _, t := range b.Tail {
		for len(ops) > 0 && binPrec[ops[len(ops)-1]] >= binPrec[t.Op] {
			reduce()
		}
		ops = append(ops, t.Op)
		vals = append(vals, c.unary(t.X))
		spans = append(spans, c.span(t.X.At))
	}
	for len(ops) > 0 {
		reduce()
	}
	return vals[0], spans[0]
}

func (c *converter) unary(u *unaryG) ast.Expr {
	if u.Power != nil {
		return c.power(u.Power)
	}
	return &ast.UnaryOp{Span: c.span(u.At), Op: u.Op, X: c.unary(u.X)}
}

func (c *converter) power(p *powerG) ast.Expr {
	e := c.atom(p.Atom)
	sp := c.span(p.Atom.At)
	for _, t := range p.Trailers {
		e = c.trailer(e, sp.Start, t)
		sp.End = c.span(t.At).End
	}
	if p.Await {
		sp.Start = c.tok(p.At).start
		e = &ast.Await{Span: sp, X: e}
	}
	if p.Exp != nil {
		e = &ast.BinOp{Span: c.span(p.At), Op: "**", X: e, Y: c.unary(p.Exp)}
	}
	return e
}

func (c *converter) trailer(x ast.Expr, start ast.Pos, t *trailerG) ast.Expr {
	tsp := c.span(t.At)
	sp := ast.Span{Start: start, End: tsp.End}
	switch {
	case t.Call:
		call := &ast.Call{Span: sp, Func: x}
		if t.Args != nil {
			call.Args, call.Keywords = c.callArgs(t.Args, tsp, false)
		}
		return call
	case t.Index != nil:
		return &ast.Subscript{Span: sp, X: x, Index: c.subscript(t.Index)}
	}
	return &ast.Attribute{Span: sp, X: x, Name: t.Attr, NamePos: c.toks[t.Pos.Offset+1].start}
}

func (c *converter) subscript(s *subscrG) ast.Expr {
	// A starred index makes a tuple even alone: a[*b] is a[(*b,)].
	return tupleOrOne(c, s.At, s.Items, s.Trailing || s.Items[0].Star != nil, c.slice)
}

func (c *converter) slice(s *sliceG) ast.Expr {
	if s.Star != nil {
		return c.starred(s.At, s.Star)
	}
	if s.Rest == nil {
		return c.named(s.Lower)
	}
	sl := &ast.Slice{Span: c.span(s.At)}
	if s.Lower != nil {
		sl.Lower = c.named(s.Lower)
	}
	if s.Rest.Upper != nil {
		sl.Upper = c.test(s.Rest.Upper)
	}
	if s.Rest.Step != nil && s.Rest.Step.Step != nil {
		sl.Step = c.test(s.Rest.Step.Step)
	}
	return sl
}

func (c *converter) atom(a *atomG) ast.Expr {
	sp := c.span(a.At)
	switch {
	case a.Name != "":
		return &ast.Name{Span: sp, ID: a.Name}
	case a.Num != "":
		return &ast.Const{Span: sp, Value: c.number(a.Num, sp)}
	case a.Strs != nil:
		return c.strings(a.Strs, sp)
	case a.Paren != nil:
		return c.paren(a.Paren)
	case a.List != nil:
		return c.list(a.List)
	case a.Brace != nil:
		return c.brace(a.Brace)
	}
	switch a.Const {
	case "True":
		return &ast.Const{Span: sp, Value: true}
	case "False":
		return &ast.Const{Span: sp, Value: false}
	case "...":
		return &ast.Const{Span: sp, Value: ast.Ellipsis}
	}
	return &ast.Const{Span: sp}
}

// number computes a literal's value; the scanner has already validated its syntax.
func (c *converter) number(text string, sp ast.Span) any {
	text = strings.ReplaceAll(text, "_", "")
	if !strings.ContainsAny(text, ".eE") || strings.HasPrefix(text, "0x") || strings.HasPrefix(text, "0X") {
		// Base 0 understands the 0x/0o/0b prefixes; the only decimals starting with 0 that
		// the scanner lets through are all zeros, which read the same in octal.
		n, ok := new(big.Int).SetString(text, 0)
		if !ok {
			c.errorAt(sp, "invalid number literal")
		}
		return n
	}
	// ParseFloat saturates to ±Inf on overflow, which is what Python does too.
	f, _ := strconv.ParseFloat(text, 64)
	return f
}

func (c *converter) paren(p *parenG) ast.Expr {
	sp := c.span(p.At)
	switch {
	case p.Yield != nil:
		return c.yield(p.Yield)
	case p.Items == nil:
		return &ast.Tuple{Span: sp}
	case p.Items.Comp != nil:
		elt := c.compElt(p.Items)
		return &ast.GeneratorExp{Span: sp, Elt: elt, Generators: c.comp(p.Items.Comp)}
	}
	items := p.Items
	if len(items.Items) == 1 && !items.Trailing {
		if items.Items[0].Star != nil {
			c.errorAt(c.span(items.Items[0].At), "cannot use starred expression here")
		}
		return c.starNamed(items.Items[0])
	}
	return &ast.Tuple{Span: sp, Elts: c.starNamedList(items.Items)}
}

func (c *converter) list(l *listG) ast.Expr {
	sp := c.span(l.At)
	switch {
	case l.Items == nil:
		return &ast.List{Span: sp}
	case l.Items.Comp != nil:
		return &ast.ListComp{Span: sp, Elt: c.compElt(l.Items), Generators: c.comp(l.Items.Comp)}
	}
	return &ast.List{Span: sp, Elts: c.starNamedList(l.Items.Items)}
}

// compElt returns the element of a comprehension, rejecting forms the grammar let through.
func (c *converter) compElt(s *seqG) ast.Expr {
	first := s.Items[0]
	switch {
	case len(s.Items) > 1 || s.Trailing:
		c.errorAt(c.span(s.At), "did you forget parentheses around the comprehension target?")
	case first.Star != nil:
		c.errorAt(c.span(first.At), "iterable unpacking cannot be used in comprehension")
	}
	return c.starNamed(first)
}

func (c *converter) starNamedList(items []*starNamedG) []ast.Expr {
	out := make([]ast.Expr, 0, len(items))
	for _, it := range items {
		out = append(out, c.starNamed(it))
	}
	return out
}

func (c *converter) starNamed(s *starNamedG) ast.Expr {
	if s.Star != nil {
		return c.starred(s.At, s.Star)
	}
	if s.Atom != nil {
		return c.atom(s.Atom)
	}
	return c.named(s.X)
}

// brace converts `{...}`: a dict when its first item is `k: v` or `**m` (or it is empty),
// otherwise a set.
func (c *converter) brace(b *braceG) ast.Expr {
	sp := c.span(b.At)
	if len(b.Items) == 0 {
		return &ast.Dict{Span: sp}
	}
	first := b.Items[0]
	isDict := first.DStar != nil || first.Value != nil
	if b.Comp != nil {
		if len(b.Items) > 1 || b.Trailing {
			c.errorAt(sp, "invalid syntax")
		}
		switch {
		case first.DStar != nil:
			c.errorAt(c.span(first.At), "dict unpacking cannot be used in dict comprehension")
			return &ast.Set{Span: sp} // (the error is what counts)
		case first.Star != nil:
			c.errorAt(c.span(first.At), "iterable unpacking cannot be used in comprehension")
			return &ast.Set{Span: sp}
		case isDict:
			return &ast.DictComp{Span: sp, Key: c.named(first.Key), Value: c.test(first.Value), Generators: c.comp(b.Comp)}
		}
		return &ast.SetComp{Span: sp, Elt: c.named(first.Key), Generators: c.comp(b.Comp)}
	}
	if !isDict {
		set := &ast.Set{Span: sp}
		for _, it := range b.Items {
			switch {
			case it.Star != nil:
				set.Elts = append(set.Elts, c.starred(it.At, it.Star))
			case it.DStar != nil:
				c.errorAt(c.span(it.At), "invalid syntax")
			case it.Value != nil:
				colon := c.toks[it.Key.EndPos.Offset]
				c.errorAt(ast.Span{Start: colon.start, End: colon.end}, "invalid syntax")
			default:
				set.Elts = append(set.Elts, c.named(it.Key))
			}
		}
		return set
	}
	d := &ast.Dict{Span: sp}
	for _, it := range b.Items {
		switch {
		case it.DStar != nil:
			x, _ := c.binExpr(it.DStar)
			d.Keys, d.Values = append(d.Keys, nil), append(d.Values, x)
		case it.Value != nil:
			d.Keys, d.Values = append(d.Keys, c.named(it.Key)), append(d.Values, c.test(it.Value))
		default:
			c.errorAt(ast.Span{Start: c.span(it.At).Start}, "':' expected after dictionary key")
		}
	}
	return d
}

func (c *converter) comp(f *compForG) []*ast.Comprehension {
	out := make([]*ast.Comprehension, 0, len(f.Clauses))
	for _, cl := range f.Clauses {
		target := c.targetList(cl.Target)
		c.storeTarget(target)
		iter, _ := c.or(cl.Iter)
		comp := &ast.Comprehension{Span: c.span(cl.At), Target: target, Iter: iter, IsAsync: cl.Async}
		for _, cond := range cl.Ifs {
			e, _ := c.or(cond)
			comp.Ifs = append(comp.Ifs, e)
		}
		out = append(out, comp)
	}
	return out
}

// targetList converts a for/comprehension target; a comma makes it a tuple.
func (c *converter) targetList(t *targetListG) ast.Expr {
	return tupleOrOne(c, t.At, t.Items, t.Trailing, func(s *starBinG) ast.Expr {
		if s.Star != nil {
			return c.starred(s.At, s.Star)
		}
		x, _ := c.binExpr(s.X)
		return x
	})
}

func (c *converter) yield(y *yieldG) ast.Expr {
	sp := c.span(y.At)
	switch {
	case y.From != nil:
		return &ast.YieldFrom{Span: sp, X: c.test(y.From)}
	case y.Value != nil:
		return &ast.Yield{Span: sp, X: c.exprList(y.Value)}
	}
	return &ast.Yield{Span: sp}
}

func (c *converter) lambda(l *lambdaG) ast.Expr {
	var params []param
	for _, p := range l.Params {
		pr := param{kind: p.Kind, name: p.Plain, span: c.span(p.At)}
		if p.Kind != "" {
			pr.name = p.Starred
		}
		if pr.name != "" {
			// The name is the parameter's last token before any default.
			name := c.toks[p.Pos.Offset]
			if p.Kind != "" {
				name = c.toks[p.Pos.Offset+1]
			}
			pr.argSpan = ast.Span{Start: name.start, End: name.end}
		}
		c.defaultOf(&pr, p.Default)
		params = append(params, pr)
	}
	args := c.arguments(params, c.tok(l.At), "lambda")
	return &ast.Lambda{Span: c.span(l.At), Args: args, Body: c.test(l.Body)}
}
