// Package syntaxerr prints compile errors as CPython does, for the embedding package and
// the command.
package syntaxerr

import (
	"errors"
	"fmt"
	"strings"

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
	se.WriteSource(&b, src)
	fmt.Fprintf(&b, "%s: %s\n", se.Kind, se.Msg)
	return b.String()
}
