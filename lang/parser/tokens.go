package parser

import (
	"io"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// Token types handed to participle. They are negative like participle's own lexer.EOF (-1) but
// start below it, so no synthetic token (INDENT, DEDENT, NEWLINE) can be mistaken for the end of
// input.
const (
	tokName lexer.TokenType = -(iota + 2)
	tokKeyword
	tokNumber
	tokString
	tokOp
	tokNewline
	tokIndent
	tokDedent
	// tokError marks where the scanner stopped on a lexical error. No grammar rule matches it,
	// so the parser fails at or before it and parse errors earlier in the file win, as they do
	// in CPython, whose tokenizer runs lazily.
	tokError
)

// symbols names the token types for participle grammar tags (`@Name`, `Newline`, ...).
var symbols = map[string]lexer.TokenType{
	"EOF":     lexer.EOF,
	"Name":    tokName,
	"Keyword": tokKeyword,
	"Number":  tokNumber,
	"String":  tokString,
	"Op":      tokOp,
	"Newline": tokNewline,
	"Indent":  tokIndent,
	"Dedent":  tokDedent,
	"Error":   tokError,
}

// keywords are Python 3.11's hard keywords; they lex as tokKeyword so `@Name` never matches them.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true, "def": true,
	"del": true, "elif": true, "else": true, "except": true, "finally": true, "for": true,
	"from": true, "global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true,
}

// operators holds every operator and delimiter, by length, so that a greedy scan picks `**=`
// before `**` before `*`.
var operators = [4]map[string]bool{
	3: set("**=", "//=", ">>=", "<<=", "..."),
	2: set("->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
		"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="),
	1: set("+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">",
		"(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "="),
}

func set(items ...string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, it := range items {
		m[it] = true
	}
	return m
}

// token is one scanned token. Off is its byte offset in the source (f-string expressions are
// re-scanned from there, so their positions are positions in the file).
type token struct {
	kind       lexer.TokenType
	text       string
	off        int
	start, end ast.Pos
}

// Definition exposes the asyncscript scanner through participle's lexer.Definition interface.
// Parse does not go through it (it needs the scanner's side results), but the grammar is built
// against it and it lets participle tooling lex asyncscript source.
type Definition struct{}

// Symbols returns the token type names usable in grammar tags.
func (Definition) Symbols() map[string]lexer.TokenType { return symbols }

// Lex scans all of r. A lexical error is returned by the lexer's Next once the tokens before it
// have been delivered.
func (d Definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexBytes(filename, src)
}

// LexBytes scans src.
func (Definition) LexBytes(filename string, src []byte) (lexer.Lexer, error) {
	toks, fail := scanFile(filename, normalize(src))
	stream := &tokenStream{filename: filename, toks: toks}
	if fail != nil {
		stream.err = fail.err
	}
	return stream, nil
}

// tokenStream replays scanned tokens as participle tokens. A token's Pos.Offset is its index in
// toks rather than a byte offset: conversion and error reporting use it to find the exact span
// of every grammar node from participle's Pos/EndPos fields. The last token is always EOF.
type tokenStream struct {
	filename string
	toks     []token
	next     int
	// err, when set, is returned in place of the tokError marker (the Definition's behaviour);
	// Parse leaves it nil so the marker reaches the grammar and earlier parse errors win.
	err *ast.Error
}

// Next returns the next token.
func (s *tokenStream) Next() (lexer.Token, error) {
	i := s.next
	if i < len(s.toks)-1 {
		s.next++
	}
	t := s.toks[i]
	if t.kind == tokError && s.err != nil {
		return lexer.Token{}, s.err
	}
	return lexer.Token{
		Type:  t.kind,
		Value: t.text,
		Pos:   lexer.Position{Filename: s.filename, Offset: i, Line: t.start.Line, Column: t.start.Col},
	}, nil
}
