package parser

import "github.com/alecthomas/participle/v2/lexer"

// The grammar is a set of participle structs, one per production; convert*.go turns a parsed
// tree into ast nodes. Type names end in G to keep them apart from the ast types they become.
// Every struct that needs a source span embeds At.

// At records where a grammar node starts and the token just after it ends. Token positions
// carry the token's index in Offset (see tokenStream), which the conversion pass maps back to
// exact start and end positions.
type At struct {
	Pos    lexer.Position
	EndPos lexer.Position
}

// fileG is a whole module.
type fileG struct {
	Stmts []*stmtG `parser:"@@* EOF"`
}

// stmtG is a statement. Lines of simple statements are parsed by hand (simple_parser.go), like
// expressions, because they are most of a program and participle's generic matching is slow;
// they are tried first and refuse at once a line starting with a compound statement's keyword.
type stmtG struct {
	Simple   *simpleLineG `parser:"  @@"`
	Compound *compoundG   `parser:"| @@"`
}

type compoundG struct {
	At
	Decorators []*namedG `parser:"( '@' @@ Newline )*"`
	Def        *funcDefG `parser:"( @@"`
	Class      *classG   `parser:"| @@"`
	If         *ifG      `parser:"| @@"`
	While      *whileG   `parser:"| @@"`
	For        *forG     `parser:"| @@"`
	Try        *tryG     `parser:"| @@"`
	Match      *matchG   `parser:"| @@"`
	With       *withG    `parser:"| @@ )"`
}

// blockG is a suite: an indented block, or simple statements on the header's line.
type blockG struct {
	At
	Stmts  []*stmtG     `parser:"  Newline Indent @@+ Dedent"`
	Simple *simpleLineG `parser:"| @@"`
}

type funcDefG struct {
	At
	Async   bool     `parser:"@'async'? 'def'"`
	Name    string   `parser:"@Name"`
	Params  *paramsG `parser:"'(' @@? ')'"`
	Returns *testG   `parser:"( '->' @@ )?"`
	Body    *blockG  `parser:"':' @@"`
}

type paramsG struct {
	Params []*paramG `parser:"@@ ( ',' @@ )* ','?"`
}

// paramG is one entry of a def's parameter list: `/`, `*`, `*name`, `**name` or `name`, with
// optional annotation and default (validated by the conversion pass).
type paramG struct {
	At
	Kind    string      `parser:"( @'/' | @( '*' | '**' )"`
	Starred *annotatedG `parser:"  @@?"`
	Plain   *annotatedG `parser:"| @@ )"`
	Default *testG      `parser:"( '=' @@ )?"`
}

type annotatedG struct {
	At
	Name string `parser:"@Name"`
	Ann  *testG `parser:"( ':' @@ )?"`
}

type classG struct {
	At
	Name string  `parser:"'class' @Name"`
	Args *argsG  `parser:"( '(' @@? ')' )?"`
	Body *blockG `parser:"':' @@"`
}

type ifG struct {
	At
	Test  *namedG  `parser:"'if' @@ ':'"`
	Body  *blockG  `parser:"@@"`
	Elifs []*elifG `parser:"@@*"`
	Else  *elseG   `parser:"@@?"`
}

type elifG struct {
	At
	Test *namedG `parser:"'elif' @@ ':'"`
	Body *blockG `parser:"@@"`
}

type elseG struct {
	At
	Body *blockG `parser:"'else' ':' @@"`
}

type whileG struct {
	At
	Test *namedG `parser:"'while' @@ ':'"`
	Body *blockG `parser:"@@"`
	Else *elseG  `parser:"@@?"`
}

type forG struct {
	At
	Async  bool         `parser:"@'async'? 'for'"`
	Target *targetListG `parser:"@@ 'in'"`
	Iter   *exprListG   `parser:"@@ ':'"`
	Body   *blockG      `parser:"@@"`
	Else   *elseG       `parser:"@@?"`
}

type tryG struct {
	At
	Body     *blockG    `parser:"'try' ':' @@"`
	Handlers []*exceptG `parser:"@@*"`
	Else     *elseG     `parser:"@@?"`
	Finally  *finallyG  `parser:"@@?"`
}

type exceptG struct {
	At
	Star bool    `parser:"'except' @'*'?"`
	Type *testG  `parser:"( @@"`
	Name string  `parser:"  ( 'as' @Name )? )? ':'"`
	Body *blockG `parser:"@@"`
}

type finallyG struct {
	At
	Body *blockG `parser:"'finally' ':' @@"`
}

// withG is a with statement; its items are parsed by hand (withItemsG) because telling
// `with (a, b):` (two items) from `with (a, b) as c:` (one) takes unbounded lookahead.
type withG struct {
	At
	Async bool        `parser:"@'async'? 'with'"`
	Items *withItemsG `parser:"@@ ':'"`
	Body  *blockG     `parser:"@@"`
}
