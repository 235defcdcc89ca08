package parser

import (
	"fmt"
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// fstringExprG is the root production for an f-string field's expression, which CPython parses
// as if it were parenthesised star expressions.
type fstringExprG struct {
	X *rhsG `parser:"@@ EOF"`
}

var (
	buildOnce   sync.Once
	fileParser  *participle.Parser[fileG]
	fexprParser *participle.Parser[fstringExprG]
)

// parsers builds the participle parsers once. The statement grammar needs one token of
// lookahead (`async def` against `async for`); keeping it that small makes participle stop at
// the first token that cannot be matched instead of backtracking away from it, so errors
// point where CPython points.
func parsers() (*participle.Parser[fileG], *participle.Parser[fstringExprG]) {
	buildOnce.Do(func() {
		opts := []participle.Option{participle.Lexer(Definition{}), participle.UseLookahead(1)}
		fileParser = participle.MustBuild[fileG](opts...)
		fexprParser = participle.MustBuild[fstringExprG](opts...)
	})
	return fileParser, fexprParser
}

// Parse parses a whole file into a module. Errors are *ast.Error values whose Kind is
// "SyntaxError", "IndentationError" or "TabError"; IsIncomplete tells a REPL whether an error
// only means that more input is needed.
func Parse(filename string, src []byte) (mod *ast.Module, err error) {
	return guarded(filename, src, parse)
}

// guarded runs a parse so that a bug in the parser does not take the interpreter down with
// it: it is reported as a syntax error at the start of the file instead.
func guarded(filename string, src []byte, parse func(string, []byte) (*ast.Module, error)) (mod *ast.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod, err = nil, &ast.Error{Kind: "SyntaxError", Filename: filename, Pos: ast.Pos{Line: 1, Col: 1},
				Msg: fmt.Sprintf("internal parser error: %v", r)}
		}
	}()
	return parse(filename, src)
}

// parse is Parse without the panic guard, so tests and the fuzzer see parser bugs.
func parse(filename string, src []byte) (*ast.Module, error) {
	text, toks, fail, err := scan(filename, src)
	if err != nil {
		return nil, err
	}
	return parseScanned(filename, text, toks, fail)
}

// scan decodes and tokenizes a source file.
func scan(filename string, src []byte) (string, []token, *lexFailure, error) {
	src, err := decodeSource(filename, src)
	if err != nil {
		return "", nil, nil, err
	}
	text := normalize(src)
	toks, fail := scanFile(filename, text)
	return text, toks, fail, nil
}

// parseScanned parses the tokens of a file.
func parseScanned(filename, text string, toks []token, fail *lexFailure) (*ast.Module, error) {
	c := newConverter(filename, text, toks)
	fp, _ := parsers()
	tree, err := parseTokens(filename, toks, (*exprParser).file, fp)
	if err != nil {
		return nil, c.syntaxError(err, fail)
	}
	body := c.file(tree)
	if c.err != nil {
		return nil, c.err
	}
	return &ast.Module{Filename: filename, Body: body}, nil
}

func peekable(filename string, toks []token) *lexer.PeekingLexer {
	// tokenStream never fails when err is nil, so neither does Upgrade.
	p, _ := lexer.Upgrade(&tokenStream{filename: filename, toks: toks})
	return p
}

// parseTokens parses toks with the hand-written parser hand, which builds the same tree as the
// participle grammar of slow; when it fails, slow parses them again so that participle's error,
// which error reporting is built around, is the one returned.
func parseTokens[G any](filename string, toks []token, hand func(*exprParser) *G, slow *participle.Parser[G]) (*G, error) {
	p := &exprParser{lex: peekable(filename, toks)}
	if tree, err := catch(func() *G { return hand(p) }); err == nil {
		return tree, nil
	}
	return slow.ParseFromLexer(peekable(filename, toks))
}
