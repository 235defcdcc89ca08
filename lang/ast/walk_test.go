package ast_test

import (
	goast "go/ast"
	goparser "go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/parser"
)

// everyConstruct is a program that uses every node type, and every optional child of one, at
// least once.
const everyConstruct = `
import a.b as c, d
from e import f as g, h
from i import *
x = y = -1 + 2 * 3
x += 1
x.y: int = 2
z: int
if a and b or not c:
    pass
elif d:
    pass
else:
    pass
while a < b <= c:
    break
else:
    continue
for p, *q in [r, s]:
    del p, q[0], t.u
else:
    pass
@dec(k=1, **kw)
async def fn(a: int = 1, /, b=2, *args: str, c, d: int = 3, **kwargs) -> int:
    global gg
    nonlocal nn
    async for i in j:
        await i
    async with m as (n, o), p:
        pass
    return [v async for v in w if v if not v]
def gen():
    yield
    yield 1
    yield from x
class C(B, metaclass=M, *bs, **kw):
    pass
try:
    raise E from F
except E as e:
    pass
except:
    raise
else:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
assert x, "msg"
assert y
lam = lambda a, *b, c=1, **d: a
v = (a if b else c, {1, 2}, {k: v, **m}, {k: v for k, v in kv}, {s for s in t}, (g for g in h))
w = f"{x!r:>{width}} {y=} {z:.2f}" "plain"
s = a[1:2:3], a[:], a[1, ::2]
print(*args, sep="", **kw)
if (n := 10) > 5:
    return
match m:
    case [1, *rest] | (None, *rest):
        pass
    case {"k": K.v, **kw} if kw:
        pass
    case P(x, y=-1) as p:
        pass
    case _:
        pass
...
`

// nodeTypes lists, from the package's source, every struct type that embeds Span (the node
// types) plus Module, so the test notices a node type added later.
func nodeTypes(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	names := []string{"Module"}
	fset := token.NewFileSet()
	for _, f := range files {
		if test, _ := filepath.Match("*_test.go", f); test {
			continue
		}
		file, err := goparser.ParseFile(fset, f, nil, 0)
		require.NoError(t, err)
		goast.Inspect(file, func(n goast.Node) bool {
			ts, ok := n.(*goast.TypeSpec)
			if !ok {
				return true
			}
			st, ok := ts.Type.(*goast.StructType)
			if !ok {
				return false
			}
			for _, field := range st.Fields.List {
				if id, ok := field.Type.(*goast.Ident); ok && len(field.Names) == 0 && id.Name == "Span" {
					names = append(names, ts.Name.Name)
				}
			}
			return false
		})
	}
	sort.Strings(names)
	return names
}

var nodeIface = reflect.TypeOf((*ast.Node)(nil)).Elem()

// children lists, by reflection, every non-nil node held in a field of n: the set Walk must
// reach from n. Keyword is held by value in slices, so its address is taken, as Walk does.
func children(n ast.Node) []ast.Node {
	var out []ast.Node
	add := func(v reflect.Value) {
		switch {
		case v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer:
			if !v.IsNil() && v.Type().Implements(nodeIface) {
				out = append(out, v.Interface().(ast.Node))
			}
		case v.Kind() == reflect.Struct && v.CanAddr() && v.Addr().Type().Implements(nodeIface):
			if v.Type() != reflect.TypeOf(ast.Span{}) {
				out = append(out, v.Addr().Interface().(ast.Node))
			}
		}
	}
	s := reflect.ValueOf(n).Elem()
	for i := 0; i < s.NumField(); i++ {
		f := s.Field(i)
		if f.Kind() == reflect.Slice {
			for j := 0; j < f.Len(); j++ {
				add(f.Index(j))
			}
			continue
		}
		add(f)
	}
	return out
}

// TestWalkReachesEveryChild walks a program that uses every construct and checks that every
// node type is visited, that every node held in a field of a visited node is visited too, and
// that each descent is closed by exactly one Visit(nil).
func TestWalkReachesEveryChild(t *testing.T) {
	m, err := parser.Parse("every.as", []byte(everyConstruct))
	require.NoError(t, err)

	visited := map[ast.Node]bool{}
	seenTypes := map[string]bool{}
	depth, maxDepth := 0, 0
	ast.Inspect(m, func(n ast.Node) bool {
		if n == nil {
			depth--
			return false
		}
		assert.False(t, visited[n], "%T visited twice", n)
		visited[n] = true
		seenTypes[reflect.TypeOf(n).Elem().Name()] = true
		depth++
		maxDepth = max(maxDepth, depth)
		return true
	})
	assert.Equal(t, 0, depth, "every descent must end with one Visit(nil)")
	assert.Greater(t, maxDepth, 5)

	for _, name := range nodeTypes(t) {
		assert.True(t, seenTypes[name], "the program uses no %s, or Walk does not reach it", name)
	}
	for n := range visited {
		for _, c := range children(n) {
			assert.True(t, visited[c], "Walk does not reach a %T child of %T", c, n)
		}
	}
}

// TestWalkPrunes checks that a visitor returning nil keeps Walk out of the node's children,
// and that Walk visits a node's children in source order.
func TestWalkPrunes(t *testing.T) {
	m, err := parser.Parse("prune.as", []byte("f(a, lambda: b)\nx = c if d else e\n"))
	require.NoError(t, err)
	var names []string
	ast.Inspect(m, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Lambda:
			return false
		case *ast.Name:
			names = append(names, n.ID)
		}
		return true
	})
	assert.Equal(t, []string{"f", "a", "x", "c", "d", "e"}, names)
}
