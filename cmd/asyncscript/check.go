package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
)

// checkHelp is the text of `asyncscript help check`.
const checkHelp = `usage: asyncscript check FILE...

Parse and compile every FILE without running it (- reads standard input), and
report its syntax error (the first one, as CPython does) on standard error in
the form editors and tools understand, then the source line and a caret under
the error:

  FILE:LINE:COL: SyntaxError: message
      the source line
      ^

Every FILE is checked, even after one fails. Nothing is printed for a file
that compiles.

Exit status:
  0  every FILE compiles
  1  some FILE has a syntax error
  2  usage error: no FILE, or a FILE cannot be read
`

// cmdCheck compiles every file named in args and reports their syntax errors.
func cmdCheck(args []string, stdin io.Reader, stderr io.Writer) int {
	if len(args) == 0 {
		return usageError(stderr, "check", "usage: asyncscript check FILE...")
	}
	for _, path := range args {
		if isOption(path) {
			return usageError(stderr, "check", fmt.Sprintf("unknown option %q for check", path))
		}
	}
	status := 0
	for _, path := range args {
		name, src, readStatus := readScript(path, stdin, stderr)
		if readStatus != 0 {
			status = max(status, readStatus)
			continue
		}
		if _, err := compileSource(name, src); err != nil {
			reportCheckError(stderr, name, err, src)
			status = max(status, 1)
		}
	}
	return status
}

// reportCheckError prints a compile error of file name as FILE:LINE:COL: Kind: message,
// then its source line and caret line.
func reportCheckError(w io.Writer, name string, err error, src []byte) {
	var se *ast.Error
	if !errors.As(err, &se) {
		fmt.Fprintf(w, "%s: SyntaxError: %v\n", name, err)
		return
	}
	fmt.Fprintln(w, se.Error())
	se.WriteSource(w, src)
}

// compileSource parses and compiles a script, for the commands that do not run it.
func compileSource(name string, src []byte) (*bytecode.Code, error) {
	mod, err := parser.Parse(name, src)
	if err != nil {
		return nil, err
	}
	return compiler.Compile(mod)
}
