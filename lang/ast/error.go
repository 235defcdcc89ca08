package ast

import "fmt"

// Error is a compile-time error in source text: a SyntaxError or IndentationError (Kind) at a
// position, with the offending source line kept so the message can be shown with a caret under
// the column, as CPython shows it.
type Error struct {
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Msg      string
	Filename string
	Pos      Pos
	// End is where the highlighted range ends (exclusive); when zero, a single caret is shown.
	End  Pos
	Line string // the source line at Pos.Line, without its newline
	// AtEOF marks an error found at the end of the input, which more lines might fix (a
	// block header with no block yet); it is reported on the last line, with no caret.
	AtEOF bool
}

// Error formats the error as `file:line:col: Kind: msg`, the one-line form used by tools.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Pos.Line, e.Pos.Col, e.Kind, e.Msg)
}
