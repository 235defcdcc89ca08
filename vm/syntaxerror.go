package vm

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// SyntaxError exceptions raised at run time, by exec(), eval() and compile() on bad source:
// built from the compiler's *ast.Error with CPython's attributes (msg, filename, lineno,
// offset, text, end_lineno, end_offset), its str() and its traceback layout.

// NewSyntaxError makes the exception for a compile error: a SyntaxError, IndentationError or
// TabError as the error's Kind says, whose text attribute is text (see SyntaxErrorText).
func NewSyntaxError(se *ast.Error, text Value) *Exception {
	cls := SyntaxError
	switch se.Kind {
	case "IndentationError":
		cls = IndentationError
	case "TabError":
		cls = TabError
	}
	endLine, endCol := se.End.Line, se.End.Col
	if endLine == 0 {
		endLine, endCol = se.Pos.Line, se.Pos.Col
	}
	attrs := []struct {
		name string
		v    Value
	}{
		{"msg", Str(se.Msg)}, {"filename", Str(se.Filename)}, {"lineno", MakeInt(int64(se.Pos.Line))},
		{"offset", MakeInt(int64(se.Pos.Col))}, {"text", text}, {"end_lineno", MakeInt(int64(endLine))},
		{"end_offset", MakeInt(int64(endCol))},
	}
	e := NewException(cls, Str(se.Msg), Tuple{attrs[1].v, attrs[2].v, attrs[3].v, text, attrs[5].v, attrs[6].v})
	for _, a := range attrs {
		e.set(a.name, a.v)
	}
	return e
}

// SyntaxErrorText is the text attribute of a SyntaxError the parser found in src, a file or
// exec()'s source, or eval()'s when eval is set: the offending line and, as CPython's
// tokenizer gives it, a newline after it when src has one there, and for the errors of
// CPython's parser always, except in eval's source. (An error of the compiler proper has
// the text None in source given as a string, and the line of the file otherwise.)
func SyntaxErrorText(se *ast.Error, src string, eval bool) Value {
	if se.Line == "" && se.Pos.Line == 0 {
		return None
	}
	newline := !eval && !se.Raw
	if lines := strings.SplitAfter(src, "\n"); !newline && se.Pos.Line >= 1 && se.Pos.Line <= len(lines) {
		newline = strings.HasSuffix(lines[se.Pos.Line-1], "\n")
	}
	if newline {
		return Str(se.Line + "\n")
	}
	return Str(se.Line)
}

// asCompileError rebuilds the compile error a SyntaxError exception describes, or reports
// false for one not made by NewSyntaxError (raised by a script, with other arguments).
func asCompileError(e *Exception) (*ast.Error, bool) {
	if !e.Class.IsSubclass(SyntaxError) {
		return nil, false
	}
	attr := func(name string) Value { v, _ := e.get(name); return v }
	msg, ok1 := attr("msg").(Str)
	file, ok2 := attr("filename").(Str)
	line, ok3 := attr("lineno").(Int)
	if !ok1 || !ok2 || !ok3 {
		return nil, false
	}
	se := &ast.Error{Kind: e.Class.Name, Msg: string(msg), Filename: string(file), Pos: ast.Pos{Line: int(line)}}
	if col, ok := attr("offset").(Int); ok {
		se.Pos.Col = int(col)
	}
	if text, ok := attr("text").(Str); ok {
		se.Line = strings.TrimRight(string(text), "\n")
	}
	endLine, ok4 := attr("end_lineno").(Int)
	endCol, ok5 := attr("end_offset").(Int)
	if ok4 && ok5 {
		se.End = ast.Pos{Line: int(endLine), Col: int(endCol)}
	}
	return se, true
}

// syntaxErrorStr is str() of a compile error: "msg (file, line N)", the file's base name.
func syntaxErrorStr(e *Exception) (string, bool) {
	se, ok := asCompileError(e)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("%s (%s, line %d)", se.Msg, filepath.Base(se.Filename), se.Pos.Line), true
}

// syntaxErrorDetail is what a traceback shows for a compile error after its frames: where
// the error is, the line with a caret, and `Kind: msg`.
func syntaxErrorDetail(e *Exception) (string, bool) {
	se, ok := asCompileError(e)
	if !ok {
		return "", false
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", se.Filename, se.Pos.Line)
	se.WriteSource(&b, nil)
	fmt.Fprintf(&b, "%s: %s\n", se.Kind, se.Msg)
	return b.String(), true
}
