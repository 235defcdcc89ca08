package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/internal/testscripts"
)

// checkHandParser checks the hand-written statement parser against the participle grammar it
// stands in for: it must build exactly the tree participle builds, and fail wherever
// participle fails (Parse then reports participle's error).
func checkHandParser(t *testing.T, name string, src []byte) {
	t.Helper()
	toks, _ := scanFile(name, normalize(src))
	fp, _ := parsers()
	want, wantErr := fp.ParseFromLexer(peekable(name, toks))
	got, gotErr := catch((&exprParser{lex: peekable(name, toks)}).file)
	if wantErr != nil {
		assert.Error(t, gotErr, "%s: participle fails (%v) but the hand parser does not", name, wantErr)
		return
	}
	require.NoError(t, gotErr, "%s: participle parses it", name)
	assert.Equal(t, want, got, name)
}

// TestHandParserMatchesGrammar runs checkHandParser on every golden script, every standard
// module written in asyncscript, the benchmark sample and statements of every form, valid or not.
func TestHandParserMatchesGrammar(t *testing.T) {
	for i, src := range testscripts.Golden(t) {
		checkHandParser(t, fmt.Sprintf("golden script %d", i), src)
	}
	lib, err := filepath.Glob("../../stdlib/lib/*.py")
	require.NoError(t, err)
	for _, f := range append(lib, "testdata/sample.py") {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		checkHandParser(t, f, src)
	}
	for _, src := range []string{
		"async def f(a, /, b=1, *c: int, d, **e: str) -> None:\n    async for x, in y: pass\n    async with a as b, c: pass\n",
		"@a.b(c)\n@d\nclass E(F, *g, metaclass=M, **kw):\n    def f(self, *, a): pass\n",
		"class C(): pass\nclass D: x = 1; y = 2\n",
		"try:\n    pass\nexcept* E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
		"try:\n    pass\nfinally:\n    pass\n",
		"if x:\n    pass\nelif y: pass\nelif z: pass\nelse: pass\n",
		"while x := f(): pass\nelse: pass\nfor i in a, b: pass\nelse:\n    pass\n",
		"with (a, b): pass\nwith (a, b) as c: pass\nwith (a as b, c as d,): pass\n",
		"def f(a,): pass\ndef g(/): pass\ndef h(*): pass\n@x\nif y: pass\n",
		"async if x: pass\n", "async x\n", "@d\nx = 1\n", "@\ndef f(): pass\n", "if x:\npass\n",
		"def f(\n", "elif x: pass\n", "for x in : pass\n", "def 1(): pass\n", "class C(: pass\n",
		"if x y:\n    pass\n", "try:\n    pass\nx = 1\n", "def f() -> : pass\n", "def f(a b): pass\n",
		"with : pass\n", "except: pass\n", "if x:\n    pass\n  else:\n    pass\n", "for x in y\n    pass\n",
		"def f(*a, **b, c): pass\n", "class C(x for x in y): pass\n", "try:\n    pass\nexcept E as 1: pass\n",
		"while True:\n    if x: break\n    else:\n        continue\n", "x = (1,\n", "s = f'{x!r:>{w}} {y=}'\n",
		"match = 1\nmatch x, y:\n    case [1, *rest] | (2, *rest): pass\n    case {'a': 1, K.b: [c, d], **kw} if c:\n        pass\n" +
			"    case Point(1, y=-2,) as p:\n        match p:\n            case None | True: pass\n    case (x) | () | [] | {}: pass\n    case _:\n        case = 3\n",
		"match(x)\nmatch x:\n    case 1, *_,: pass\n    case b'x' 'y' | -1.5 | 'a' 'b': pass\n    case a.b.c(d, e=f.g): pass\n",
		"match x:\ncase 1: pass\n", "match x:\n    case *a: pass\n", "match x:\n    case {**_}: pass\n", "match x:\n    case {a: 1}: pass\n",
		"match x:\n    case 1 +: pass\n", "match x:\n    case a as: pass\n", "match x:\n    pass\n", "match x:\n    case (*a): pass\n",
	} {
		checkHandParser(t, src, []byte(src))
	}
}
