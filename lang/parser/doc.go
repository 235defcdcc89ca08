// Package parser turns asyncscript source text (a Python 3.11 subset) into the syntax tree of
// package ast. Parse is the entry point; IsIncomplete lets a REPL tell input that is merely
// unfinished from input that is wrong.
//
// # Pipeline
//
//  1. normalize strips a UTF-8 BOM and turns CRLF and CR line endings into LF.
//  2. The scanner (lexer.go, indent.go, numbers.go, lexer_string.go) produces tokens the way
//     CPython's tokenizer does: names, keywords, numbers, whole string literals (prefix and
//     quotes included, escapes undecoded) and operators, plus synthetic NEWLINE, INDENT and
//     DEDENT tokens. It keeps a stack of indentation levels (tabs advance to multiples of 8,
//     and are also compared as single columns to detect TabError), skips blank and
//     comment-only lines, ignores newlines inside brackets and after a backslash, and at end
//     of input emits a missing NEWLINE and the pending DEDENTs. A lexical error stops the
//     scan; it is marked in the stream by an error token that no rule accepts, so a syntax
//     error earlier in the file is still reported first, as CPython's lazy tokenizer does.
//  3. The tokens reach participle through its lexer interfaces (tokens.go). Token types are
//     negative numbers below participle's EOF (-1), and a token's Pos.Offset holds its index
//     in the token slice, from which grammar nodes recover exact spans.
//  4. Participle parses the statement structure with the struct grammar in grammar_stmt.go:
//     compound statements, blocks and decorators. Lines of simple statements and all
//     expressions implement participle's Parseable interface and are parsed by hand-written
//     recursive descent (simple_parser.go, expr_parser.go, expr_atoms.go) into the plain
//     structs of grammar_simple.go and grammar_expr.go: they are most of a program, and
//     participle's reflective matching of every precedence level was ten times too slow.
//     Binary operators come out as flat operand/operator lists.
//  5. The conversion pass (convert*.go) builds ast nodes: it resolves operator precedence
//     by precedence climbing, decodes literals (strings.go) and splits f-strings (fstring.go,
//     whose field expressions are scanned and parsed again from their place in the file, so
//     their positions are file positions), and applies the checks the grammar leaves out:
//     assignment and deletion targets, parameter and argument order.
//  6. On failure, errors.go turns participle's error into CPython's message for the same
//     input ("expected ':'", "invalid syntax. Perhaps you forgot a comma?", the
//     IndentationErrors, ...) with CPython's line and column, falling back to "invalid
//     syntax" at the offending token. Every error is an *ast.Error.
//
// Positions are 1-based lines and columns counted in characters. Node spans follow CPython's
// except that columns count characters rather than UTF-8 bytes and that the constant parts and
// fields of an f-string get their own spans instead of the whole string's.
//
// Of the project it imports only lang/ast; its one outside dependency is participle, the
// grammar engine.
package parser
