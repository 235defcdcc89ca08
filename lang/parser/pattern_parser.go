package parser

import "github.com/alecthomas/participle/v2/lexer"

// Hand-written parsing of match statements (the structure of grammar_pattern.go's matchG and
// caseG, for the fast path of stmt_parser.go) and of patterns (patternsG, for both paths).
// Patterns look like expressions but are a language of their own: a name binds, a dotted
// name compares, a call destructures. Where CPython's grammar rejects a pattern, the parser
// fails at the token CPython points at; the checks that need the whole pattern (repeated
// names, keyword order) are left to the conversion pass.

// matchStmt parses `"match" exprList ":" Newline Indent case+ Dedent`.
func (p *exprParser) matchStmt() (*matchG, error) {
	start := p.lex.Next().Pos
	m := &matchG{}
	var err error
	if m.Subject, err = p.requiredExprList(); err != nil {
		return m, err
	}
	if err = p.expect(":"); err != nil {
		return m, err
	}
	if err = p.expectKind(tokNewline); err != nil {
		return m, err
	}
	if err = p.expectKind(tokIndent); err != nil {
		return m, err
	}
	for p.isKeyword("case") {
		var c *caseG
		c, err = p.caseClause()
		m.Cases = append(m.Cases, c)
		if err != nil {
			return m, err
		}
	}
	if len(m.Cases) == 0 {
		return m, p.unexpected()
	}
	err = p.expectKind(tokDedent)
	m.At = p.at(start)
	return m, err
}

// isKeyword reports whether the next token is the keyword kw (a soft keyword's tag included).
func (p *exprParser) isKeyword(kw string) bool {
	t := p.peek()
	return t.Type == tokKeyword && t.Value == kw
}

// caseClause parses `"case" patterns ("if" named)? ":" block`.
func (p *exprParser) caseClause() (*caseG, error) {
	start := p.lex.Next().Pos
	c := &caseG{}
	var err error
	if c.Pattern, err = required(p, (*exprParser).startsPattern, (*exprParser).patterns); err != nil {
		return c, err
	}
	if p.accept("if") {
		if c.Guard, err = p.requiredNamed(); err != nil {
			return c, err
		}
	}
	c.Body, err = p.colonBlock()
	c.At = p.at(start)
	return c, err
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
func (p *exprParser) patterns() (*patternsG, error) {
	start := p.peek().Pos
	ps := &patternsG{}
	items, comma, err := p.patternItems("")
	ps.Items, ps.Comma = items, comma
	if err == nil && !comma && items[0].Kind == patStar {
		err = p.unexpected() // a lone star pattern is no sequence
	}
	ps.At = p.at(start)
	return ps, err
}

// patternItems parses `starPattern ("," starPattern)* ","?` up to close (or, for an open
// sequence, up to whatever cannot start a pattern), and reports whether there was a comma.
func (p *exprParser) patternItems(close string) ([]*patternG, bool, error) {
	more := func(p *exprParser) bool { return (close == "" || !p.is(close)) && p.startsPattern() }
	items, trailing, err := commaList(p, (*exprParser).starPattern, more)
	return items, trailing || len(items) > 1, err
}

// starPattern parses `"*" Name | pattern`.
func (p *exprParser) starPattern() (*patternG, error) {
	if !p.is("*") {
		return p.pattern()
	}
	start := p.lex.Next().Pos
	pt := &patternG{Kind: patStar}
	var err error
	pt.Name, err = p.name()
	pt.At = p.at(start)
	return pt, err
}

// pattern parses `orPattern ("as" Name)?`.
func (p *exprParser) pattern() (*patternG, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer p.leave()
	start := p.peek().Pos
	or, err := p.orPattern()
	if err != nil || !p.accept("as") {
		return or, err
	}
	pt := &patternG{Kind: patAs, Items: []*patternG{or}}
	pt.Name, err = p.name()
	pt.At = p.at(start)
	return pt, err
}

// orPattern parses `closedPattern ("|" closedPattern)*`.
func (p *exprParser) orPattern() (*patternG, error) {
	start := p.peek().Pos
	first, err := p.closedPattern()
	if err != nil || !p.is("|") {
		return first, err
	}
	pt := &patternG{Kind: patOr, Items: []*patternG{first}}
	for p.accept("|") {
		alt, err := p.closedPattern()
		pt.Items = append(pt.Items, alt)
		if err != nil {
			return pt, err
		}
	}
	pt.At = p.at(start)
	return pt, nil
}

// closedPattern parses a literal, capture, wildcard, value, group, sequence, mapping or class
// pattern.
func (p *exprParser) closedPattern() (*patternG, error) {
	start := p.peek().Pos
	var pt *patternG
	var err error
	switch {
	case p.peek().Type == tokName:
		pt, err = p.namePattern()
	case p.is("("):
		pt, err = p.parenPattern()
	case p.is("["):
		p.lex.Next()
		pt = &patternG{Kind: patSequence}
		if !p.is("]") {
			pt.Items, _, err = p.patternItems("]")
		}
		if err == nil {
			err = p.expect("]")
		}
	case p.is("{"):
		pt, err = p.mappingPattern()
	default:
		pt, err = p.literalPattern()
	}
	if pt != nil {
		pt.At = p.at(start)
	}
	return pt, err
}

// literalPattern parses `"-"? Number | String+ | "None" | "True" | "False"`.
func (p *exprParser) literalPattern() (*patternG, error) {
	pt := &patternG{Kind: patLiteral, Neg: p.accept("-")}
	kind := p.peek().Type
	if kind != tokNumber && (pt.Neg || kind != tokString && !p.is("None") && !p.is("True") && !p.is("False")) {
		return pt, p.unexpected()
	}
	var err error
	if pt.Lit, err = p.atom(); err == nil && kind == tokNumber && (p.is("+") || p.is("-")) {
		// CPython reads on for a complex literal's imaginary part, and fails at that.
		p.lex.Next()
		err = p.unexpected()
	}
	return pt, err
}

// dottedName parses `Name ("." Name)*`; it also returns the first name.
func (p *exprParser) dottedName() ([]*strG, string, error) {
	var parts []*strG
	first := p.peek().Value
	for {
		parts = append(parts, &strG{At: p.at(p.lex.Next().Pos)})
		if !p.accept(".") {
			return parts, first, nil
		}
		if p.peek().Type != tokName {
			return parts, first, p.unexpected()
		}
	}
}

// namePattern parses a capture, wildcard, value or class pattern.
func (p *exprParser) namePattern() (*patternG, error) {
	parts, first, err := p.dottedName()
	if err != nil {
		return nil, err
	}
	switch {
	case p.is("("):
		return p.classPattern(parts)
	case len(parts) > 1:
		return &patternG{Kind: patValue, Dotted: parts}, nil
	}
	return &patternG{Kind: patCapture, Name: first}, nil
}

// parenPattern parses `"(" ")"`, a group `"(" pattern ")"` or a tuple-like sequence.
func (p *exprParser) parenPattern() (*patternG, error) {
	p.lex.Next()
	pt := &patternG{Kind: patSequence, Paren: true}
	if p.accept(")") {
		return pt, nil
	}
	items, comma, err := p.patternItems(")")
	pt.Items = items
	if err != nil {
		return pt, err
	}
	if !comma {
		if items[0].Kind == patStar {
			return pt, p.unexpected()
		}
		pt = &patternG{Kind: patGroup, Items: items}
	}
	return pt, p.expect(")")
}

// classPattern parses the argument list of `Dotted "(" (pattern | Name "=" pattern),* ")"`.
func (p *exprParser) classPattern(parts []*strG) (*patternG, error) {
	p.lex.Next()
	pt := &patternG{Kind: patClass, Dotted: parts}
	if !p.is(")") {
		var err error
		if pt.Items, _, err = commaList(p, (*exprParser).classArg, notAt(")")); err != nil {
			return pt, err
		}
	}
	return pt, p.expect(")")
}

// classArg parses an argument of a class pattern: `Name "=" pattern | pattern`.
func (p *exprParser) classArg() (*patternG, error) {
	if p.peek().Type != tokName || !p.isNext("=") {
		return p.pattern()
	}
	start := p.peek().Pos
	it := &patternG{Kind: patKeyword, Name: p.lex.Next().Value}
	p.lex.Next()
	sub, err := p.pattern()
	it.Items = []*patternG{sub}
	it.At = p.at(start)
	return it, err
}

// mappingPattern parses `"{" (key ":" pattern ",")* ("**" Name ","?)? "}"`; a key is a
// literal or value pattern.
func (p *exprParser) mappingPattern() (*patternG, error) {
	p.lex.Next()
	pt := &patternG{Kind: patMapping}
	for !p.is("}") {
		start := p.peek().Pos
		if p.accept("**") {
			if p.peek().Type != tokName || p.peek().Value == "_" {
				return pt, p.unexpected()
			}
			pt.Items = append(pt.Items, &patternG{Kind: patDoubleStar, Name: p.lex.Next().Value, At: p.at(start)})
			p.accept(",")
			break
		}
		key, err := p.mappingKey()
		if err != nil {
			return pt, err
		}
		if err = p.expect(":"); err != nil {
			return pt, err
		}
		val, err := p.pattern()
		pt.Items = append(pt.Items, &patternG{Kind: patKeyValue, Items: []*patternG{key, val}, At: p.at(start)})
		if err != nil {
			return pt, err
		}
		if !p.accept(",") {
			break
		}
	}
	return pt, p.expect("}")
}

// mappingKey parses a mapping pattern's key: a literal or a dotted name of two parts or more.
func (p *exprParser) mappingKey() (*patternG, error) {
	start := p.peek().Pos
	if p.peek().Type != tokName {
		pt, err := p.literalPattern()
		pt.At = p.at(start)
		return pt, err
	}
	parts, _, err := p.dottedName()
	if err == nil && len(parts) == 1 {
		err = p.unexpected()
	}
	return &patternG{Kind: patValue, Dotted: parts, At: p.at(start)}, err
}

// Parse implements participle.Parseable.
func (ps *patternsG) Parse(lex *lexer.PeekingLexer) error {
	return parseWith(lex, ps, (*exprParser).startsPattern, (*exprParser).patterns)
}
