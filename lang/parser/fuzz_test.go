package parser

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// FuzzParse checks that no input makes the parser panic (parse has no recover guard), that
// every error is an *ast.Error pointing inside the input, and that the hand-written statement
// parser agrees with the participle grammar.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"x = 1\n",
		"if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
		"async def f(a, /, b=1, *c, d, **e) -> int:\n    async with x as y:\n        return await y\n",
		"class C(B, metaclass=M):\n    @property\n    def f(self): return self.x[1:2, ::3]\n",
		"try:\n    raise E from F\nexcept* (A, B) as e:\n    pass\nfinally:\n    del x\n",
		"s = f'{x!r:>{w}} {y=}' rb'\\x00' '''\ntriple'''\n",
		"lambda *a, k=1, **kw: [i for i in a if i async for j in k]\n",
		"x = {**a, 'b': (yield from c)}; y, *z = w\n",
		"from . import (a, b as c,)\nimport d.e as f\nglobal g\n",
		"x = (1,\n", "if x:\n\tpass\n        pass\n", "s = 'abc\n", "x = 0b12 + 010\n",
		"\ufeff#!/bin/sh\r\nprint(1)\r\n", "f(a b)\n", "x = f'{'\n", "\xff", "x = 1\x00\n", "# coding: latin-1\nx = '\xe9'\n",
		"match x, *y:\n    case [1, *r] | (2, *r) if r: pass\n    case {'k': K.v, **kw}: pass\n    case C(a, b=-1.5) as c:\n        match = case\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		checkHandParser(t, "fuzz.py", src)
		_, err := parse("fuzz.py", src)
		if err == nil {
			return
		}
		var e *ast.Error
		require.ErrorAs(t, err, &e)
		lines := strings.Count(normalize(src), "\n") + 1
		if decodingError(e) {
			// CPython gives these no column, and some no line.
			assert.True(t, e.Pos.Line >= 0 && e.Pos.Line <= lines, "line %d outside 0..%d: %v", e.Pos.Line, lines, e)
			assert.Zero(t, e.Pos.Col, "%v", e)
		} else {
			assert.True(t, e.Pos.Line >= 1 && e.Pos.Line <= lines, "line %d outside 1..%d: %v", e.Pos.Line, lines, e)
			assert.GreaterOrEqual(t, e.Pos.Col, 1, "%v", e)
		}
		assert.Contains(t, []string{"SyntaxError", "IndentationError", "TabError"}, e.Kind)
	})
}

// decodingError reports whether e is one of the errors found while decoding the source
// bytes, before tokenizing: CPython reports them with no column. A bad escape inside a
// string literal is also a "(unicode error)", but from the 'unicodeescape' codec, and it
// has a column.
func decodingError(e *ast.Error) bool {
	for _, prefix := range []string{"source code cannot contain null bytes", "Non-UTF-8 code", "(unicode error) 'utf-8' codec", "encoding problem"} {
		if strings.HasPrefix(e.Msg, prefix) {
			return true
		}
	}
	return false
}
