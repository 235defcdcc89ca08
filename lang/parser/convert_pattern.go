package parser

import "github.com/asyncscript/asyncscript/lang/ast"

// match converts a match statement.
func (c *converter) match(m *matchG) ast.Stmt {
	n := &ast.Match{Span: c.span(m.At), Subject: c.exprList(m.Subject)}
	for _, cs := range m.Cases {
		mc := &ast.MatchCase{Span: c.span(cs.At), Pattern: c.patterns(cs.Pattern), Body: c.block(cs.Body)}
		if cs.Guard != nil {
			mc.Guard = c.named(cs.Guard)
		}
		n.Cases = append(n.Cases, mc)
	}
	return n
}

// patterns converts a case clause's pattern: an open sequence when it has a comma.
func (c *converter) patterns(ps *patternsG) ast.Pattern {
	if !ps.Comma {
		return c.pattern(ps.Items[0])
	}
	return c.sequence(ps.Items, c.span(ps.At))
}

// sequence converts the items of a sequence pattern, of which at most one may be starred.
func (c *converter) sequence(items []*patternG, sp ast.Span) ast.Pattern {
	n := &ast.MatchSequence{Span: sp}
	stars := 0
	for _, it := range items {
		if it.Kind == patStar {
			stars++
		}
		n.Patterns = append(n.Patterns, c.pattern(it))
	}
	if stars > 1 {
		c.compilerErrorAt(sp, "multiple starred names in sequence pattern")
	}
	return n
}

func (c *converter) pattern(pt *patternG) ast.Pattern {
	sp := c.span(pt.At)
	switch pt.Kind {
	case patOr:
		n := &ast.MatchOr{Span: sp}
		for _, alt := range pt.Items {
			n.Patterns = append(n.Patterns, c.pattern(alt))
		}
		return n
	case patAs:
		last := c.toks[pt.EndPos.Offset-1]
		if pt.Name == "_" {
			c.errorAt(ast.Span{Start: last.start, End: last.end}, "cannot use '_' as a target")
		}
		return &ast.MatchAs{Span: sp, Pattern: c.pattern(pt.Items[0]), Name: pt.Name}
	case patCapture:
		return &ast.MatchAs{Span: sp, Name: captureName(pt.Name)}
	case patStar:
		return &ast.MatchStar{Span: sp, Name: captureName(pt.Name)}
	case patLiteral:
		return c.literalPattern(pt, sp)
	case patValue:
		return &ast.MatchValue{Span: sp, Value: c.dotted(pt.Dotted)}
	case patGroup:
		return c.pattern(pt.Items[0])
	case patSequence:
		return c.sequence(pt.Items, sp)
	case patMapping:
		return c.mappingPattern(pt, sp)
	}
	return c.classPattern(pt, sp)
}

// captureName is the name a capture binds: none for the wildcard.
func captureName(name string) string {
	if name == "_" {
		return ""
	}
	return name
}

// literalPattern converts a literal: None, True and False match by identity, numbers and
// strings by equality.
func (c *converter) literalPattern(pt *patternG, sp ast.Span) ast.Pattern {
	x := c.atom(pt.Lit)
	if k, ok := x.(*ast.Const); ok && pt.Lit.Const != "" {
		return &ast.MatchSingleton{Span: sp, Value: k}
	}
	if _, ok := x.(*ast.Const); !ok {
		c.errorAt(sp, "patterns may only match literals and attribute lookups")
	}
	if pt.Neg {
		x = &ast.UnaryOp{Span: sp, Op: "-", X: x}
	}
	return &ast.MatchValue{Span: sp, Value: x}
}

// dotted builds the Name and Attribute nodes of a dotted name.
func (c *converter) dotted(parts []*strG) ast.Expr {
	first := c.tok(parts[0].At)
	var x ast.Expr = &ast.Name{Span: ast.Span{Start: first.start, End: first.end}, ID: first.text}
	for _, part := range parts[1:] {
		t := c.tok(part.At)
		x = &ast.Attribute{Span: ast.Span{Start: first.start, End: t.end}, X: x, Name: t.text, NamePos: t.start}
	}
	return x
}

func (c *converter) mappingPattern(pt *patternG, sp ast.Span) ast.Pattern {
	n := &ast.MatchMapping{Span: sp}
	for _, it := range pt.Items {
		if it.Kind == patDoubleStar {
			n.Rest = it.Name
			continue
		}
		key := it.Items[0]
		if key.Kind == patValue {
			n.Keys = append(n.Keys, c.dotted(key.Dotted))
		} else {
			k := c.literalPattern(key, c.span(key.At))
			if s, ok := k.(*ast.MatchSingleton); ok {
				n.Keys = append(n.Keys, s.Value)
			} else {
				n.Keys = append(n.Keys, k.(*ast.MatchValue).Value)
			}
		}
		n.Patterns = append(n.Patterns, c.pattern(it.Items[1]))
	}
	return n
}

func (c *converter) classPattern(pt *patternG, sp ast.Span) ast.Pattern {
	n := &ast.MatchClass{Span: sp, Cls: c.dotted(pt.Dotted)}
	for _, it := range pt.Items {
		if it.Kind != patKeyword {
			if n.KwdAttrs != nil {
				c.errorAt(c.span(it.At), "positional patterns follow keyword patterns")
			}
			n.Patterns = append(n.Patterns, c.pattern(it))
			continue
		}
		for _, name := range n.KwdAttrs {
			if name == it.Name {
				// CPython points at the repeated attribute's pattern.
				c.compilerErrorAt(c.span(it.Items[0].At), "attribute name repeated in class pattern: %s", it.Name)
			}
		}
		n.KwdAttrs = append(n.KwdAttrs, it.Name)
		n.KwdPatterns = append(n.KwdPatterns, c.pattern(it.Items[0]))
	}
	return n
}
