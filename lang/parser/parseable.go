package parser

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The statement grammar refers to these expression productions; implementing participle's
// Parseable hands their parsing to exprParser. Each returns participle.NextMatch when the
// production cannot start at the next token, so optional and alternative matches in the
// statement grammar keep working.

// parseWith runs one exprParser production and stores its result in dst.
func parseWith[T any](lex *lexer.PeekingLexer, dst *T, can func(*exprParser) bool, prod func(*exprParser) *T) error {
	p := &exprParser{lex: lex}
	if !can(p) {
		return participle.NextMatch
	}
	v, err := catch(func() *T { return prod(p) })
	if err != nil {
		return err
	}
	*dst = *v
	return nil
}

// Parse implements participle.Parseable.
func (l *simpleLineG) Parse(lex *lexer.PeekingLexer) error {
	return parseWith(lex, l, (*exprParser).startsSimple, (*exprParser).simpleLine)
}

// Parse implements participle.Parseable.
func (r *rhsG) Parse(lex *lexer.PeekingLexer) error {
	return parseWith(lex, r, (*exprParser).startsRhs, (*exprParser).rhs)
}

// Parse implements participle.Parseable.
func (l *exprListG) Parse(lex *lexer.PeekingLexer) error {
	return parseWith(lex, l, (*exprParser).startsItem, (*exprParser).exprList)
}

// Parse implements participle.Parseable.
func (t *testG) Parse(lex *lexer.PeekingLexer) error {
	return parseWith(lex, t, (*exprParser).startsOperand, (*exprParser).test)
}

// Parse implements participle.Parseable.
func (n *namedG) Parse(lex *lexer.PeekingLexer) error {
	return parseWith(lex, n, (*exprParser).startsOperand, (*exprParser).named)
}

// Parse implements participle.Parseable.
func (b *binExprG) Parse(lex *lexer.PeekingLexer) error {
	return parseWith(lex, b, (*exprParser).startsOperand, (*exprParser).binExpr)
}

// Parse implements participle.Parseable.
func (t *targetListG) Parse(lex *lexer.PeekingLexer) error {
	return parseWith(lex, t, (*exprParser).startsItem, (*exprParser).targetList)
}

// Parse implements participle.Parseable.
func (a *argsG) Parse(lex *lexer.PeekingLexer) error {
	return parseWith(lex, a, (*exprParser).startsArg, (*exprParser).args)
}

// Parse implements participle.Parseable.
func (w *withItemsG) Parse(lex *lexer.PeekingLexer) error {
	return parseWith(lex, w, (*exprParser).startsOperand, (*exprParser).withItems)
}
