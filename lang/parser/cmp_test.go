package parser

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript/lang/ast"
)

func TestCompareCases(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("CASES"))
	if err != nil {
		t.Skip()
	}
	for _, src := range strings.Split(string(data), "\n=====\n") {
		_, err := parse("f.py", []byte(src))
		if err == nil {
			fmt.Printf("%q -> OK\n", src)
			continue
		}
		e, ok := err.(*ast.Error)
		if !ok {
			fmt.Printf("%q -> NOT AST ERROR %v\n", src, err)
			continue
		}
		fmt.Printf("%q -> %s %q %d %d\n", src, e.Kind, e.Msg, e.Pos.Line, e.Pos.Col)
	}
}
