// Package syntaxerr prints compile errors as CPython does, for the embedding package and
// the command.
package syntaxerr

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// Format renders a compile error in CPython's layout: the location, the line, a
// caret line under the offending range, then `SyntaxError: message`.
func Format(err error, src []byte) string {
	var se *ast.Error
	if !errors.As(err, &se) {
		return fmt.Sprintf("SyntaxError: %v\n", err)
	}
	if se.Pos.Line == 0 {
		// No place in the text: the file as a whole cannot be read (its encoding).
		return fmt.Sprintf("%s: %s\n", se.Kind, se.Msg)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", se.Filename, se.Pos.Line)
	WriteSource(&b, se, src)
	fmt.Fprintf(&b, "%s: %s\n", se.Kind, se.Msg)
	return b.String()
}

// WriteSource writes the source line of a compile error, indented by four spaces, and
// the caret line under the offending range; nothing when the line is blank or unknown.
func WriteSource(w io.Writer, se *ast.Error, src []byte) {
	line := se.Line
	if line == "" {
		if lines := strings.Split(string(src), "\n"); se.Pos.Line >= 1 && se.Pos.Line <= len(lines) {
			line = lines[se.Pos.Line-1]
		}
	}
	line = strings.TrimRight(line, " \t\r\n")
	if strings.TrimSpace(line) == "" && !se.AtEOF {
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
