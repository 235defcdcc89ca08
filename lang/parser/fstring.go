package parser

import (
	"strings"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// F-strings follow Python 3.11: the lexer scans an f-string as one string token, and this file
// splits its body into literal text and `{expr!conv:spec}` fields. Each field's expression is
// scanned again from its place in the source, so its nodes carry positions in the file, and
// parsed with the expression grammar.

// fstringParser splits one f-string body.
type fstringParser struct {
	c   *converter
	lit strLit
	s   string // the body
}

func (c *converter) fstring(lit strLit) []ast.Expr {
	p := &fstringParser{c: c, lit: lit, s: lit.body}
	parts, _ := p.parts(0, 0, false)
	return parts
}

// fail reports a malformed f-string. CPython 3.11 points such errors at the end of the string
// token, and so do we.
func (p *fstringParser) fail(format string, args ...any) {
	end := p.lit.tok.end
	p.c.errorAt(ast.Span{Start: end, End: end}, "f-string: "+format, args...)
}

// constPart makes the Const for body[from:to], decoding escapes.
func (p *fstringParser) constPart(text string, from, to int) ast.Expr {
	sp := ast.Span{Start: p.c.posOf(p.lit.bodyOff + from), End: p.c.posOf(p.lit.bodyOff + to)}
	return &ast.Const{Span: sp, Value: p.c.decode(text, p.lit, false)}
}

// parts splits body text from i up to the end, or, inside a format spec, up to its closing
// '}' (whose index it returns). depth is the format-spec nesting level.
func (p *fstringParser) parts(i, depth int, inSpec bool) ([]ast.Expr, int) {
	var parts []ast.Expr
	var text strings.Builder
	from := i
	flush := func(to int) {
		if text.Len() > 0 {
			parts = append(parts, p.constPart(text.String(), from, to))
			text.Reset()
		}
	}
	for i < len(p.s) && p.c.err == nil {
		switch ch := p.s[i]; {
		case ch == '{' && i+1 < len(p.s) && p.s[i+1] == '{':
			text.WriteByte('{')
			i += 2
		case ch == '{':
			flush(i)
			var field []ast.Expr
			field, i = p.field(i+1, depth)
			parts = append(parts, field...)
			from = i
		case ch == '}' && inSpec:
			flush(i)
			return parts, i
		case ch == '}' && i+1 < len(p.s) && p.s[i+1] == '}':
			text.WriteByte('}')
			i += 2
		case ch == '}':
			p.fail("single '}' is not allowed")
			return parts, i
		case ch == '\\' && !p.lit.raw && i+1 < len(p.s):
			// Keep the escape whole so that an escaped brace is not taken for a field;
			// constPart decodes it.
			text.WriteString(p.s[i : i+2])
			i += 2
		default:
			text.WriteByte(ch)
			i++
		}
	}
	flush(i)
	return parts, i
}

// field parses one replacement field whose expression starts at body index i; it returns the
// nodes for it (a Const for the `x=` text, then the FormattedValue) and the index after its '}'.
func (p *fstringParser) field(i, depth int) ([]ast.Expr, int) {
	if depth >= 2 {
		p.fail("expressions nested too deeply")
		return nil, len(p.s)
	}
	start := i
	end, ok := p.exprEnd(i)
	if !ok {
		return nil, len(p.s)
	}
	if strings.TrimSpace(p.s[start:end]) == "" {
		p.fail("empty expression not allowed")
		return nil, len(p.s)
	}
	x := p.c.fstringExpr(p.lit.bodyOff+start, p.lit.bodyOff+end)
	i = end
	var doc ast.Expr
	if p.s[i] == '=' {
		i++
		for i < len(p.s) && strings.IndexByte(" \t\n\f", p.s[i]) >= 0 {
			i++
		}
		doc = p.constPart(p.s[start:i], start, i)
	}
	fv := &ast.FormattedValue{Value: x}
	if i < len(p.s) && p.s[i] == '!' {
		if i+1 >= len(p.s) {
			p.fail("expecting '}'")
			return nil, len(p.s)
		}
		if conv := p.s[i+1]; conv == 's' || conv == 'r' || conv == 'a' {
			fv.Conversion = rune(conv)
		} else {
			p.fail("invalid conversion character: expected 's', 'r', or 'a'")
			return nil, len(p.s)
		}
		i += 2
	}
	if i < len(p.s) && p.s[i] == ':' {
		var spec []ast.Expr
		specStart := i + 1
		spec, i = p.parts(specStart, depth+1, true)
		fv.Spec = &ast.JoinedStr{Span: ast.Span{Start: p.c.posOf(p.lit.bodyOff + specStart), End: p.c.posOf(p.lit.bodyOff + i)},
			Values: mergeConsts(spec)}
	}
	if i >= len(p.s) || p.s[i] != '}' {
		p.fail("expecting '}'")
		return nil, len(p.s)
	}
	i++
	fv.Span = ast.Span{Start: p.c.posOf(p.lit.bodyOff + start - 1), End: p.c.posOf(p.lit.bodyOff + i)}
	if doc == nil {
		return []ast.Expr{fv}, i
	}
	if fv.Conversion == 0 && fv.Spec == nil {
		fv.Conversion = 'r'
	}
	return []ast.Expr{doc, fv}, i
}

// exprEnd finds where the expression starting at body index i ends: at a '}', '!', ':' or
// self-documenting '=' outside brackets and strings.
func (p *fstringParser) exprEnd(i int) (int, bool) {
	var nest []byte
	var quote string
	for ; i < len(p.s); i++ {
		ch := p.s[i]
		if quote != "" {
			if ch == '\\' {
				p.c.errorAt(ast.Span{Start: p.lit.tok.end, End: p.lit.tok.end}, "f-string expression part cannot include a backslash")
				return 0, false
			}
			if strings.HasPrefix(p.s[i:], quote) {
				i += len(quote) - 1
				quote = ""
			}
			continue
		}
		switch ch {
		case '\\':
			p.c.errorAt(ast.Span{Start: p.lit.tok.end, End: p.lit.tok.end}, "f-string expression part cannot include a backslash")
			return 0, false
		case '#':
			p.c.errorAt(ast.Span{Start: p.lit.tok.end, End: p.lit.tok.end}, "f-string expression part cannot include '#'")
			return 0, false
		case '\'', '"':
			quote = p.s[i : i+1]
			if strings.HasPrefix(p.s[i:], strings.Repeat(quote, 3)) {
				quote = strings.Repeat(quote, 3)
				i += 2
			}
		case '(', '[', '{':
			nest = append(nest, ch)
		case ')', ']', '}':
			if len(nest) == 0 {
				if ch == '}' {
					return i, true
				}
				p.fail("unmatched '%c'", ch)
				return 0, false
			}
			if open := nest[len(nest)-1]; closer(open) != ch {
				p.fail("closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open)
				return 0, false
			}
			nest = nest[:len(nest)-1]
		case '!', ':', '=':
			if len(nest) > 0 {
				continue
			}
			next := byte(0)
			if i+1 < len(p.s) {
				next = p.s[i+1]
			}
			switch {
			case ch == ':':
				return i, true
			case next == '=':
				i++ // `!=` or `==`
			case ch == '!':
				return i, true
			case i > 0 && strings.IndexByte("=!<>", p.s[i-1]) >= 0:
				// second character of `<=`, `>=`
			default:
				return i, true
			}
		}
	}
	switch {
	case quote != "":
		p.fail("unterminated string")
	case len(nest) > 0:
		p.fail("unmatched '%c'", nest[len(nest)-1])
	default:
		p.fail("expecting '}'")
	}
	return 0, false
}

// fstringExpr scans and parses the expression at source bytes [from, to).
func (c *converter) fstringExpr(from, to int) ast.Expr {
	pos := c.posOf(from)
	s := newScanner(c.filename, c.src, from, to, pos.Line, c.lineStarts[pos.Line-1])
	s.exprMode = true
	s.run()
	placeholder := &ast.Name{Span: ast.Span{Start: pos, End: pos}}
	if s.fail != nil {
		if c.err == nil {
			c.err = s.fail.err
		}
		return placeholder
	}
	sub := newConverter(c.filename, c.src, s.toks)
	sub.lineStarts = c.lineStarts
	sub.inFString = true
	_, fp := parsers()
	tree, err := parseTokens(c.filename, s.toks, (*exprParser).fstringExpr, fp)
	if err != nil {
		e := sub.syntaxError(err, nil)
		e.Msg = "f-string: " + e.Msg
		if c.err == nil {
			c.err = e
		}
		return placeholder
	}
	x := sub.rhs(tree.X)
	if sub.err != nil && c.err == nil {
		c.err = sub.err
	}
	return x
}
