// Package ast defines the syntax tree of asyncscript programs: the contract between the parser
// (lang/parser), which builds it from source text, and the compiler (lang/compiler), which turns
// it into bytecode.
//
// The tree mirrors CPython's ast module closely enough that a reader who knows Python's grammar
// can find every construct, but it keeps only what the supported subset needs. Every node carries
// the span of source text it came from, so errors and tracebacks can point at it. Walk and
// Inspect traverse a tree; a pass that writes its own traversal should use them instead.
//
// It also holds Error, the compile-time error every stage reports. It is the bottom of the
// import graph: it imports only the standard library, and every other package may import it.
package ast

// Pos is a position in a source file. Line and Col are 1-based; Col counts characters (runes),
// not bytes, so a caret printed under the line lands where the user sees the character.
type Pos struct {
	Line, Col int
}

// Span is the source range of a node: Start is its first character, End the position just past
// its last one. It is embedded in every node.
type Span struct {
	Start, End Pos
}

// Range returns the node's span; it lets any node be handled through the Node interface.
func (s Span) Range() Span { return s }

// Node is any syntax tree node.
type Node interface {
	Range() Span
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Module is a whole source file: its statements in order.
type Module struct {
	Filename string
	Body     []Stmt
}
