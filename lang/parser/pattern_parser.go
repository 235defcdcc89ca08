package parser

import "github.com/alecthomas/participle/v2/lexer"

// Hand-written parsing of match statements (the structure of grammar_pattern.go's matchG and
// caseG, for the fast path of stmt_parser.go) and of patterns (patternsG, for both paths).
// Patterns look like expressions but are a language of their own: a name binds, a dotted
// name compares, a call destructures. Where CPython's grammar rejects a pattern, the parser
// fails at the token CPython points at; the checks that need the whole pattern (repeated
// names, keyword order) are left to the conversion pass.

// matchStmt parses `"match" exprList ":" Newline Indent case+ Dedent`.
func (p *exprParser) matchStmt() *matchG {
	start := p.lex.Next().Pos
	m := &matchG{Subject: p.requiredExprList()}
	p.expect(":")
	p.expectKind(tokNewline)
	p.expectKind(tokIndent)
	for p.isKeyword("case") {
		m.Cases = append(m.Cases, p.caseClause())
	}
	if len(m.Cases) == 0 {
		p.unexpected()
	}
	p.expectKind(tokDedent)
	m.At = p.at(start)
	return m
}

// isKeyword reports whether the next token is the keyword kw (a soft keyword's tag included).
func (p *exprParser) isKeyword(kw string) bool {
	t := p.peek()
	return t.Type == tokKeyword && t.Value == kw
}

// caseClause parses `"case" patterns ("if" named)? ":" block`.
func (p *exprParser) caseClause() *caseG {
	start := p.lex.Next().Pos
	c := &caseG{Pattern: required(p, (*exprParser).startsPattern, (*exprParser).patterns)}
	if p.accept("if") {
		c.Guard = p.requiredNamed()
	}
	c.Body = p.colonBlock()
	c.At = p.at(start)
	return c
}

// startsPattern reports whether the next token can begin a pattern.
func (p *exprParser) startsPattern() bool {
	t := p.peek()
	switch t.Type {
	case tokName, tokNumber, tokString:
		return true
	case tokOp:
		switch t.Value {
		case "(", "[", "{", "-", "*":
			return true
		}
	case tokKeyword:
		switch t.Value {
		case "None", "True", "False":
			return true
		}
	}
	return false
}

// patterns parses a case clause's pattern: `starPattern ("," starPattern)* ","?`.
func (p *exprParser) patterns() *patternsG {
	start := p.peek().Pos
	ps := &patternsG{}
	ps.Items, ps.Comma = p.patternItems("")
	if !ps.Comma && ps.Items[0].Kind == patStar {
		p.unexpected() // a lone star pattern is no sequence
	}
	ps.At = p.at(start)
	return ps
}

// patternItems parses `starPattern ("," starPattern)* ","?` up to close (or, for an open
// sequence, up to whatever cannot start a pattern), and reports whether there was a comma.
func (p *exprParser) patternItems(close string) ([]*patternG, bool) {
	more := func(p *exprParser) bool { return (close == "" || !p.is(close)) && p.startsPattern() }
	items, trailing := commaList(p, (*exprParser).starPattern, more)
	return items, trailing || len(items) > 1
}

// starPattern parses `"*" Name | pattern`.
func (p *exprParser) starPattern() *patternG {
	if !p.is("*") {
		return p.pattern()
	}
	start := p.lex.Next().Pos
	pt := &patternG{Kind: patStar, Name: p.name()}
	pt.At = p.at(start)
	return pt
}

// pattern parses `orPattern ("as" Name)?`.
func (p *exprParser) pattern() *patternG {
	defer p.leave()
	p.enter()
	start := p.peek().Pos
	or := p.orPattern()
	if !p.accept("as") {
		return or
	}
	if t := p.peek(); t.Type != tokName && p.startsOperand() {
		// Not a name but an expression, as CPython's invalid_as_pattern rule has it; the
		// error spans the expression (inside the parentheses of a group).
		p.accept("(")
		from := p.peek().Pos
		p.test()
		p.fail(&exprError{tok: *p.peek(), from: from, msg: "invalid pattern target"})
	}
	pt := &patternG{Kind: patAs, Items: []*patternG{or}, Name: p.name()}
	pt.At = p.at(start)
	return pt
}

// orPattern parses `closedPattern ("|" closedPattern)*`.
func (p *exprParser) orPattern() *patternG {
	start := p.peek().Pos
	first := p.closedPattern()
	if !p.is("|") {
		return first
	}
	pt := &patternG{Kind: patOr, Items: []*patternG{first}}
	for p.accept("|") {
		pt.Items = append(pt.Items, p.closedPattern())
	}
	pt.At = p.at(start)
	return pt
}

// closedPattern parses a literal, capture, wildcard, value, group, sequence, mapping or class
// pattern.
func (p *exprParser) closedPattern() *patternG {
	start := p.peek().Pos
	var pt *patternG
	switch {
	case p.peek().Type == tokName:
		pt = p.namePattern()
	case p.is("("):
		pt = p.parenPattern()
	case p.is("["):
		p.lex.Next()
		pt = &patternG{Kind: patSequence}
		if !p.is("]") {
			pt.Items, _ = p.patternItems("]")
		}
		p.expect("]")
	case p.is("{"):
		pt = p.mappingPattern()
	default:
		pt = p.literalPattern()
	}
	pt.At = p.at(start)
	return pt
}

// literalPattern parses `"-"? Number | String+ | "None" | "True" | "False"`.
func (p *exprParser) literalPattern() *patternG {
	pt := &patternG{Kind: patLiteral, Neg: p.accept("-")}
	kind := p.peek().Type
	if kind != tokNumber && (pt.Neg || kind != tokString && !p.is("None") && !p.is("True") && !p.is("False")) {
		p.unexpected()
	}
	if pt.Lit = p.atom(); kind == tokNumber && (p.is("+") || p.is("-")) {
		// CPython reads on for a complex literal's imaginary part, and fails at that: a
		// real number there is its own error (an imaginary one the lexer refuses).
		p.lex.Next()
		if t := p.peek(); t.Type == tokNumber {
			p.fail(&exprError{tok: *t, from: t.Pos, msg: "imaginary number required in complex literal"})
		}
		p.unexpected()
	}
	return pt
}

// dottedName parses `Name ("." Name)*`; it also returns the first name.
func (p *exprParser) dottedName() ([]*strG, string) {
	var parts []*strG
	first := p.peek().Value
	for {
		parts = append(parts, &strG{At: p.at(p.lex.Next().Pos)})
		if !p.accept(".") {
			return parts, first
		}
		if p.peek().Type != tokName {
			p.unexpected()
		}
	}
}

// namePattern parses a capture, wildcard, value or class pattern.
func (p *exprParser) namePattern() *patternG {
	parts, first := p.dottedName()
	switch {
	case p.is("("):
		return p.classPattern(parts)
	case len(parts) > 1:
		return &patternG{Kind: patValue, Dotted: parts}
	}
	return &patternG{Kind: patCapture, Name: first}
}

// parenPattern parses `"(" ")"`, a group `"(" pattern ")"` or a tuple-like sequence.
func (p *exprParser) parenPattern() *patternG {
	p.lex.Next()
	pt := &patternG{Kind: patSequence, Paren: true}
	if p.accept(")") {
		return pt
	}
	items, comma := p.patternItems(")")
	pt.Items = items
	if !comma {
		if items[0].Kind == patStar {
			p.unexpected()
		}
		pt = &patternG{Kind: patGroup, Items: items}
	}
	p.expect(")")
	return pt
}

// classPattern parses the argument list of `Dotted "(" (pattern | Name "=" pattern),* ")"`.
func (p *exprParser) classPattern(parts []*strG) *patternG {
	p.lex.Next()
	pt := &patternG{Kind: patClass, Dotted: parts}
	if !p.is(")") {
		pt.Items, _ = commaList(p, (*exprParser).classArg, notAt(")"))
	}
	p.expect(")")
	return pt
}

// classArg parses an argument of a class pattern: `Name "=" pattern | pattern`.
func (p *exprParser) classArg() *patternG {
	if p.peek().Type != tokName || !p.isNext("=") {
		return p.pattern()
	}
	start := p.peek().Pos
	it := &patternG{Kind: patKeyword, Name: p.lex.Next().Value}
	p.lex.Next()
	it.Items = []*patternG{p.pattern()}
	it.At = p.at(start)
	return it
}

// mappingPattern parses `"{" (key ":" pattern ",")* ("**" Name ","?)? "}"`; a key is a
// literal or value pattern.
func (p *exprParser) mappingPattern() *patternG {
	p.lex.Next()
	pt := &patternG{Kind: patMapping}
	for !p.is("}") {
		start := p.peek().Pos
		if p.accept("**") {
			if p.peek().Type != tokName || p.peek().Value == "_" {
				p.unexpected()
			}
			pt.Items = append(pt.Items, &patternG{Kind: patDoubleStar, Name: p.lex.Next().Value, At: p.at(start)})
			p.accept(",")
			break
		}
		key := p.mappingKey()
		p.expect(":")
		val := p.pattern()
		pt.Items = append(pt.Items, &patternG{Kind: patKeyValue, Items: []*patternG{key, val}, At: p.at(start)})
		if !p.accept(",") {
			break
		}
	}
	p.expect("}")
	return pt
}

// mappingKey parses a mapping pattern's key: a literal or a dotted name of two parts or more.
func (p *exprParser) mappingKey() *patternG {
	start := p.peek().Pos
	if p.peek().Type != tokName {
		pt := p.literalPattern()
		pt.At = p.at(start)
		return pt
	}
	parts, _ := p.dottedName()
	if len(parts) == 1 {
		p.unexpected()
	}
	return &patternG{Kind: patValue, Dotted: parts, At: p.at(start)}
}

// Parse implements participle.Parseable.
func (ps *patternsG) Parse(lex *lexer.PeekingLexer) error {
	return parseWith(lex, ps, (*exprParser).startsPattern, (*exprParser).patterns)
}
