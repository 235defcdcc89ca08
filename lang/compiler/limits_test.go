package compiler

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/parser"
)

// nestedLoops is n for loops, each inside the one before.
func nestedLoops(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat("    ", i) + "for x in y:\n")
	}
	b.WriteString(strings.Repeat("    ", n) + "pass\n")
	return b.String()
}

// TestCompileLimits checks that programs too deep to compile give a clean error, as CPython
// gives one, instead of exhausting the Go stack or growing the code without bound.
func TestCompileLimits(t *testing.T) {
	const recursion = "maximum recursion depth exceeded during compilation"
	for _, tc := range []struct {
		name, src, kind, msg string
		line                 int
	}{
		{"operator chain", "x = " + strings.Repeat("1 + ", 5000) + "1\n", "RecursionError", recursion, 1},
		{"call chain", "f" + strings.Repeat("()", 5000) + "\n", "RecursionError", recursion, 1},
		{"attribute chain", "a" + strings.Repeat(".b", 5000) + " = 1\n", "RecursionError", recursion, 1},
		{"elif chain", "if x: pass\n" + strings.Repeat("elif x: pass\n", 5000), "RecursionError", recursion, 3000},
		{"comprehension", "[x " + strings.Repeat("for x in y ", 5000) + "]\n", "RecursionError", recursion, 1},
		{"nested loops", nestedLoops(21), "SyntaxError", "too many statically nested blocks", 21},
		{"with items", "with " + strings.Repeat("a, ", 20) + "a: pass\n", "SyntaxError", "too many statically nested blocks", 1},
		{"return in except*", "def f():\n    try:\n        pass\n    except* E:\n        return 1\n", "SyntaxError",
			"'break', 'continue' and 'return' cannot appear in an except* block", 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mod, err := parser.Parse("limits.as", []byte(tc.src))
			require.NoError(t, err)
			_, err = Compile(mod)
			var e *ast.Error
			require.True(t, errors.As(err, &e), "want an *ast.Error, got %v", err)
			assert.Equal(t, tc.kind, e.Kind)
			assert.Equal(t, tc.msg, e.Msg)
			assert.Equal(t, tc.line, e.Pos.Line)
		})
	}
	for _, src := range []string{nestedLoops(20), "x = " + strings.Repeat("-(", 100) + "1" + strings.Repeat(")", 100) + "\n"} {
		mod, err := parser.Parse("limits.as", []byte(src))
		require.NoError(t, err)
		_, err = Compile(mod)
		assert.NoError(t, err, "%s", src)
	}
}
