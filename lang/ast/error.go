package ast

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

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
	// Raw marks an error CPython's tokenizer reports on the line as it read it: a
	// SyntaxError's text then lacks the newline CPython adds to the last line of exec()'s
	// source for the errors of its parser.
	Raw bool
	// Compiler marks an error the parser finds where CPython's compiler does (a repeated
	// argument name, a misplaced starred target): in source given as a string its text
	// is None, as for the compiler's own errors.
	Compiler bool
}

// Error formats the error as `file:line:col: Kind: msg`, the one-line form used by tools.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Pos.Line, e.Pos.Col, e.Kind, e.Msg)
}

// WriteSource writes the source line of the error (taken from src when Line is empty),
// indented by four spaces, and the caret line under the offending range, as CPython's
// tracebacks show them; nothing when the line is blank or unknown.
func (se *Error) WriteSource(w io.Writer, src []byte) {
	line := se.Line
	if line == "" {
		if lines := strings.Split(string(src), "\n"); se.Pos.Line >= 1 && se.Pos.Line <= len(lines) {
			line = lines[se.Pos.Line-1]
		}
	}
	// A line with a NUL byte (source code cannot contain null bytes) is shown up to it,
	// even when that leaves it blank, as CPython shows it.
	nul := strings.IndexByte(line, 0)
	if nul >= 0 {
		line = line[:nul]
	}
	line = strings.TrimRight(line, " \t\r\n")
	if strings.TrimSpace(line) == "" && !se.AtEOF && nul < 0 {
		return
	}
	stripped := strings.TrimLeft(line, " \t\f")
	indent := utf8.RuneCountInString(line) - utf8.RuneCountInString(stripped)
	fmt.Fprintf(w, "    %s\n", stripped)
	start := se.Pos.Col - 1 - indent
	width := 1
	if se.End.Line == se.Pos.Line && se.End.Col > se.Pos.Col && se.Kind == "SyntaxError" {
		width = se.End.Col - se.Pos.Col
	}
	// As CPython, no caret when the column is left of the text (within the indentation:
	// an unexpected indent, a TabError) or unknown (the end of the input).
	if start >= 0 && !se.AtEOF {
		fmt.Fprintf(w, "    %s%s\n", strings.Repeat(" ", start), strings.Repeat("^", width))
	}
}
