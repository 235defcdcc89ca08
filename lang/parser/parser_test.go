package parser

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// mustParse parses src and fails the test on error.
func mustParse(t *testing.T, src string) *ast.Module {
	t.Helper()
	m, err := parse("t.py", []byte(src))
	require.NoError(t, err)
	return m
}

// dumpBody renders a module's statements, separated by ", ", without the surrounding list.
func dumpBody(m *ast.Module) string {
	return strings.TrimSuffix(strings.TrimPrefix(Dump(m.Body), "["), "]")
}

// TestParseTree checks the tree shape of every statement form and of operator precedence and
// associativity. The expectations were compared by hand with python3's ast.dump output.
func TestParseTree(t *testing.T) {
	tests := []struct{ src, want string }{
		{"a, b = b, a",
			`Assign(Targets=[Tuple(Elts=[Name(ID="a"), Name(ID="b")])], Value=Tuple(Elts=[Name(ID="b"), Name(ID="a")]))`},
		{"x = y = f(1)",
			`Assign(Targets=[Name(ID="x"), Name(ID="y")], Value=Call(Func=Name(ID="f"), Args=[Const(1)]))`},
		{"(a, b), [c, *d] = e",
			`Assign(Targets=[Tuple(Elts=[Tuple(Elts=[Name(ID="a"), Name(ID="b")]), List(Elts=[Name(ID="c"), Starred(X=Name(ID="d"))])])], Value=Name(ID="e"))`},
		{"a.b[c] = d",
			`Assign(Targets=[Subscript(X=Attribute(X=Name(ID="a"), Name="b"), Index=Name(ID="c"))], Value=Name(ID="d"))`},
		{"x += 1; y //= 2; z **= 3; w >>= 4",
			`AugAssign(Target=Name(ID="x"), Op="+", Value=Const(1)), AugAssign(Target=Name(ID="y"), Op="//", Value=Const(2)), AugAssign(Target=Name(ID="z"), Op="**", Value=Const(3)), AugAssign(Target=Name(ID="w"), Op=">>", Value=Const(4))`},
		{"x: int = 5",
			`AnnAssign(Target=Name(ID="x"), Annotation=Name(ID="int"), Value=Const(5))`},
		{"y: list",
			`AnnAssign(Target=Name(ID="y"), Annotation=Name(ID="list"))`},
		{"if a: b = 1; c = 2",
			`If(Test=Name(ID="a"), Body=[Assign(Targets=[Name(ID="b")], Value=Const(1)), Assign(Targets=[Name(ID="c")], Value=Const(2))])`},
		{"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
			`If(Test=Name(ID="a"), Body=[Pass()], OrElse=[If(Test=Name(ID="b"), Body=[Pass()], OrElse=[Pass()])])`},
		{"while x:\n    break\nelse:\n    continue",
			`While(Test=Name(ID="x"), Body=[Break()], OrElse=[Continue()])`},
		{"async def f():\n    async for i in g():\n        await h(i)\n    async with a as b, c:\n        pass",
			`FunctionDef(Name="f", Args=Arguments(), Body=[For(Target=Name(ID="i"), Iter=Call(Func=Name(ID="g")), Body=[ExprStmt(X=Await(X=Call(Func=Name(ID="h"), Args=[Name(ID="i")])))], IsAsync=True), With(Items=[WithItem(Context=Name(ID="a"), Vars=Name(ID="b")), WithItem(Context=Name(ID="c"))], Body=[Pass()], IsAsync=True)], IsAsync=True)`},
		{"for i, (j, k) in x:\n    pass\nelse:\n    pass",
			`For(Target=Tuple(Elts=[Name(ID="i"), Tuple(Elts=[Name(ID="j"), Name(ID="k")])]), Iter=Name(ID="x"), Body=[Pass()], OrElse=[Pass()])`},
		{"def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a",
			`FunctionDef(Name="f", Args=Arguments(Args=[Arg(Name="a"), Arg(Name="b", Default=Const(1)), Arg(Name="c", Default=Const(2))], PosOnly=2, Vararg=Arg(Name="args"), KwOnly=[Arg(Name="d"), Arg(Name="e", Default=Const(3))], Kwarg=Arg(Name="kw")), Body=[Return(Value=Name(ID="a"))], Returns=Name(ID="int"))`},
		{"def g(*, a): pass",
			`FunctionDef(Name="g", Args=Arguments(KwOnly=[Arg(Name="a")]), Body=[Pass()])`},
		{"lambda: 0",
			`ExprStmt(X=Lambda(Args=Arguments(), Body=Const(0)))`},
		{"lambda a, b=1, *c, d, **e: a",
			`ExprStmt(X=Lambda(Args=Arguments(Args=[Arg(Name="a"), Arg(Name="b", Default=Const(1))], Vararg=Arg(Name="c"), KwOnly=[Arg(Name="d")], Kwarg=Arg(Name="e")), Body=Name(ID="a")))`},
		{"@dec\n@dec2(x)\nclass C(B, metaclass=M):\n    x = 1",
			`ClassDef(Name="C", Bases=[Name(ID="B")], Keywords=[Keyword(Name="metaclass", Value=Name(ID="M"))], Body=[Assign(Targets=[Name(ID="x")], Value=Const(1))], Decorators=[Name(ID="dec"), Call(Func=Name(ID="dec2"), Args=[Name(ID="x")])])`},
		{"global a, b",
			`Global(Names=["a", "b"])`},
		{"del a, b[0], c.d",
			`Delete(Targets=[Name(ID="a"), Subscript(X=Name(ID="b"), Index=Const(0)), Attribute(X=Name(ID="c"), Name="d")])`},
		{"assert x, \"msg\"",
			`Assert(Test=Name(ID="x"), Msg=Const("msg"))`},
		{"try:\n    pass\nexcept E:\n    pass\nexcept (A, B) as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
			`Try(Body=[Pass()], Handlers=[ExceptHandler(Type=Name(ID="E"), Body=[Pass()]), ExceptHandler(Type=Tuple(Elts=[Name(ID="A"), Name(ID="B")]), Name="e", Body=[Pass()]), ExceptHandler(Body=[Pass()])], OrElse=[Pass()], Finally=[Pass()])`},
		{"try:\n    pass\nexcept* E:\n    pass",
			`Try(Body=[Pass()], Handlers=[ExceptHandler(Type=Name(ID="E"), Body=[Pass()])], IsStar=True)`},
		{"raise",
			`Raise()`},
		{"raise X from Y",
			`Raise(Exc=Name(ID="X"), Cause=Name(ID="Y"))`},
		{"with (a as b, c as d,):\n    pass",
			`With(Items=[WithItem(Context=Name(ID="a"), Vars=Name(ID="b")), WithItem(Context=Name(ID="c"), Vars=Name(ID="d"))], Body=[Pass()])`},
		{"with (a, b) as c:\n    pass",
			`With(Items=[WithItem(Context=Tuple(Elts=[Name(ID="a"), Name(ID="b")]), Vars=Name(ID="c"))], Body=[Pass()])`},
		{"with (a, b):\n    pass",
			`With(Items=[WithItem(Context=Name(ID="a")), WithItem(Context=Name(ID="b"))], Body=[Pass()])`},
		{"import a.b as c, d",
			`Import(Names=[Alias(Name="a.b", AsName="c"), Alias(Name="d")])`},
		{"from .m import a, b as c",
			`ImportFrom(Module=".m", Names=[Alias(Name="a"), Alias(Name="b", AsName="c")])`},
		{"from m import (a, b,)",
			`ImportFrom(Module="m", Names=[Alias(Name="a"), Alias(Name="b")])`},
		{"from m import *",
			`ImportFrom(Module="m", Names=[Alias(Name="*")])`},
		{"x = yield",
			`Assign(Targets=[Name(ID="x")], Value=Yield())`},
		{"y = yield from z",
			`Assign(Targets=[Name(ID="y")], Value=YieldFrom(X=Name(ID="z")))`},
		{"yield a, b",
			`ExprStmt(X=Yield(X=Tuple(Elts=[Name(ID="a"), Name(ID="b")])))`},
		{"print(*a, **k, sep=\"\")",
			`ExprStmt(X=Call(Func=Name(ID="print"), Args=[Starred(X=Name(ID="a"))], Keywords=[Keyword(Value=Name(ID="k")), Keyword(Name="sep", Value=Const(""))]))`},
		{"sum(x*x for x in xs)",
			`ExprStmt(X=Call(Func=Name(ID="sum"), Args=[GeneratorExp(Elt=BinOp(Op="*", X=Name(ID="x"), Y=Name(ID="x")), Generators=[Comprehension(Target=Name(ID="x"), Iter=Name(ID="xs"))])]))`},
		{"[x for x in a for y in b if x if y]",
			`ExprStmt(X=ListComp(Elt=Name(ID="x"), Generators=[Comprehension(Target=Name(ID="x"), Iter=Name(ID="a")), Comprehension(Target=Name(ID="y"), Iter=Name(ID="b"), Ifs=[Name(ID="x"), Name(ID="y")])]))`},
		{"{k: v for k, v in d}",
			`ExprStmt(X=DictComp(Key=Name(ID="k"), Value=Name(ID="v"), Generators=[Comprehension(Target=Tuple(Elts=[Name(ID="k"), Name(ID="v")]), Iter=Name(ID="d"))]))`},
		{"{x async for x in y}",
			`ExprStmt(X=SetComp(Elt=Name(ID="x"), Generators=[Comprehension(Target=Name(ID="x"), Iter=Name(ID="y"), IsAsync=True)]))`},
		{"(x for x in y)",
			`ExprStmt(X=GeneratorExp(Elt=Name(ID="x"), Generators=[Comprehension(Target=Name(ID="x"), Iter=Name(ID="y"))]))`},
		{"x = ()",
			`Assign(Targets=[Name(ID="x")], Value=Tuple())`},
		{"x = (1)",
			`Assign(Targets=[Name(ID="x")], Value=Const(1))`},
		{"x = (1,)",
			`Assign(Targets=[Name(ID="x")], Value=Tuple(Elts=[Const(1)]))`},
		{"x = 1,",
			`Assign(Targets=[Name(ID="x")], Value=Tuple(Elts=[Const(1)]))`},
		{"d = {1: 2, **e}",
			`Assign(Targets=[Name(ID="d")], Value=Dict(Keys=[Const(1), None], Values=[Const(2), Name(ID="e")]))`},
		{"s = {1, *a}",
			`Assign(Targets=[Name(ID="s")], Value=Set(Elts=[Const(1), Starred(X=Name(ID="a"))]))`},
		{"x[1:2, ::3]",
			`ExprStmt(X=Subscript(X=Name(ID="x"), Index=Tuple(Elts=[Slice(Lower=Const(1), Upper=Const(2)), Slice(Step=Const(3))])))`},
		{"x[1, 2]",
			`ExprStmt(X=Subscript(X=Name(ID="x"), Index=Tuple(Elts=[Const(1), Const(2)])))`},
		{"x[::]",
			`ExprStmt(X=Subscript(X=Name(ID="x"), Index=Slice()))`},
		{"x[a:=1]",
			`ExprStmt(X=Subscript(X=Name(ID="x"), Index=NamedExpr(Target=Name(ID="a"), Value=Const(1))))`},
		{"if (n := len(a)) > 10: pass",
			`If(Test=Compare(Left=NamedExpr(Target=Name(ID="n"), Value=Call(Func=Name(ID="len"), Args=[Name(ID="a")])), Ops=[">"], Comparators=[Const(10)]), Body=[Pass()])`},
		{"a if b else c if d else e",
			`ExprStmt(X=IfExp(Test=Name(ID="b"), Body=Name(ID="a"), OrElse=IfExp(Test=Name(ID="d"), Body=Name(ID="c"), OrElse=Name(ID="e"))))`},
		{"not a and b or c and not d",
			`ExprStmt(X=BoolOp(Op="or", Values=[BoolOp(Op="and", Values=[UnaryOp(Op="not", X=Name(ID="a")), Name(ID="b")]), BoolOp(Op="and", Values=[Name(ID="c"), UnaryOp(Op="not", X=Name(ID="d"))])]))`},
		{"a < b <= c != d in e not in f is g is not h",
			`ExprStmt(X=Compare(Left=Name(ID="a"), Ops=["<", "<=", "!=", "in", "not in", "is", "is not"], Comparators=[Name(ID="b"), Name(ID="c"), Name(ID="d"), Name(ID="e"), Name(ID="f"), Name(ID="g"), Name(ID="h")]))`},
		{"a | b ^ c & d << e + f * g ** h",
			`ExprStmt(X=BinOp(Op="|", X=Name(ID="a"), Y=BinOp(Op="^", X=Name(ID="b"), Y=BinOp(Op="&", X=Name(ID="c"), Y=BinOp(Op="<<", X=Name(ID="d"), Y=BinOp(Op="+", X=Name(ID="e"), Y=BinOp(Op="*", X=Name(ID="f"), Y=BinOp(Op="**", X=Name(ID="g"), Y=Name(ID="h")))))))))`},
		{"-2**2",
			`ExprStmt(X=UnaryOp(Op="-", X=BinOp(Op="**", X=Const(2), Y=Const(2))))`},
		{"2**-1",
			`ExprStmt(X=BinOp(Op="**", X=Const(2), Y=UnaryOp(Op="-", X=Const(1))))`},
		{"a - b - c",
			`ExprStmt(X=BinOp(Op="-", X=BinOp(Op="-", X=Name(ID="a"), Y=Name(ID="b")), Y=Name(ID="c")))`},
		{"a ** b ** c",
			`ExprStmt(X=BinOp(Op="**", X=Name(ID="a"), Y=BinOp(Op="**", X=Name(ID="b"), Y=Name(ID="c"))))`},
		{"-a * ~b",
			`ExprStmt(X=BinOp(Op="*", X=UnaryOp(Op="-", X=Name(ID="a")), Y=UnaryOp(Op="~", X=Name(ID="b"))))`},
		{"await x ** 2",
			`ExprStmt(X=BinOp(Op="**", X=Await(X=Name(ID="x")), Y=Const(2)))`},
		{"a.b.c(d)[e]",
			`ExprStmt(X=Subscript(X=Call(Func=Attribute(X=Attribute(X=Name(ID="a"), Name="b"), Name="c"), Args=[Name(ID="d")]), Index=Name(ID="e")))`},
		{"x = 1_000 + 0x1F + 0o17 + 0b101 + 1. + .5 + 1e10 + 1_000.5 + 1E-3 + 00",
			`Assign(Targets=[Name(ID="x")], Value=BinOp(Op="+", X=BinOp(Op="+", X=BinOp(Op="+", X=BinOp(Op="+", X=BinOp(Op="+", X=BinOp(Op="+", X=BinOp(Op="+", X=BinOp(Op="+", X=BinOp(Op="+", X=Const(1000), Y=Const(31)), Y=Const(15)), Y=Const(5)), Y=Const(1.0)), Y=Const(0.5)), Y=Const(1e+10)), Y=Const(1000.5)), Y=Const(0.001)), Y=Const(0)))`},
		{"x = None, True, False, ...",
			`Assign(Targets=[Name(ID="x")], Value=Tuple(Elts=[Const(None), Const(True), Const(False), Const(Ellipsis)]))`},
		{"s = 'a' \"b\" '''c''' r'\\n' 'é\\x41\\101\\u00e9\\U0001F600\\q'",
			`Assign(Targets=[Name(ID="s")], Value=Const("abc\\néAAé😀\\q"))`},
		{"b = b'a\\x00' rb'\\n'",
			`Assign(Targets=[Name(ID="b")], Value=Const(b"a\x00\\n"))`},
		{"f'{x!r:>{w}.{p}f} {{}} {y=} {z = !s:^3}'",
			`ExprStmt(X=JoinedStr(Values=[FormattedValue(Value=Name(ID="x"), Conversion='r', Spec=JoinedStr(Values=[Const(">"), FormattedValue(Value=Name(ID="w")), Const("."), FormattedValue(Value=Name(ID="p")), Const("f")])), Const(" {} y="), FormattedValue(Value=Name(ID="y"), Conversion='r'), Const(" z = "), FormattedValue(Value=Name(ID="z"), Conversion='s', Spec=JoinedStr(Values=[Const("^3")]))]))`},
		{"f'a' 'b' f'{c}'",
			`ExprStmt(X=JoinedStr(Values=[Const("ab"), FormattedValue(Value=Name(ID="c"))]))`},
		{"\"a\" f\"{b}\" \"c\"",
			`ExprStmt(X=JoinedStr(Values=[Const("a"), FormattedValue(Value=Name(ID="b")), Const("c")]))`},
		{"f'{ {1: 2}[1] }'\n",
			`ExprStmt(X=JoinedStr(Values=[FormattedValue(Value=Subscript(X=Dict(Keys=[Const(1)], Values=[Const(2)]), Index=Const(1)))]))`},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			assert.Equal(t, tt.want, dumpBody(mustParse(t, tt.src)))
		})
	}
}

func TestParseFileForms(t *testing.T) {
	want := `Assign(Targets=[Name(ID="x")], Value=Const(1)), ExprStmt(X=Name(ID="y"))`
	for name, src := range map[string]string{
		"no trailing newline": "x = 1\ny",
		"CRLF":                "x = 1\r\ny\r\n",
		"BOM":                 "\ufeffx = 1\ny\n",
		"shebang":             "#!/usr/bin/env asyncscript\nx = 1\ny\n",
		"blank lines":         "\n\nx = 1\n\n   \n# c\ny\n\n",
		"semicolons":          "x = 1; y;",
	} {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, want, dumpBody(mustParse(t, src)))
		})
	}
	m := mustParse(t, "")
	assert.Empty(t, m.Body)
	assert.Equal(t, "t.py", m.Filename)
}

func TestParseSample(t *testing.T) {
	// testdata/sample.py is also checked by python3 -c "import ast; ast.parse(...)".
	m, err := Parse("sample.py", readFile(t, "testdata/sample.py"))
	require.NoError(t, err)
	assert.Len(t, m.Body, 6)
}

func span(l1, c1, l2, c2 int) ast.Span {
	return ast.Span{Start: ast.Pos{Line: l1, Col: c1}, End: ast.Pos{Line: l2, Col: c2}}
}

// TestPositions checks spans against CPython's lineno/col_offset+1/end_lineno/end_col_offset+1.
func TestPositions(t *testing.T) {
	m := mustParse(t, "x = (a) + b.cd(1)\nif é:\n    y = [1,\n  2]\n")
	assign := m.Body[0].(*ast.Assign)
	assert.Equal(t, span(1, 1, 1, 18), assign.Span)
	bin := assign.Value.(*ast.BinOp)
	assert.Equal(t, span(1, 5, 1, 18), bin.Span, "a BinOp starts at the parenthesis")
	assert.Equal(t, span(1, 6, 1, 7), bin.X.Range(), "a parenthesised name keeps its own span")
	call := bin.Y.(*ast.Call)
	assert.Equal(t, span(1, 11, 1, 18), call.Span)
	attr := call.Func.(*ast.Attribute)
	assert.Equal(t, span(1, 11, 1, 15), attr.Span)
	assert.Equal(t, ast.Pos{Line: 1, Col: 13}, attr.NamePos)

	ifs := m.Body[1].(*ast.If)
	assert.Equal(t, span(2, 1, 4, 5), ifs.Span)
	assert.Equal(t, span(2, 4, 2, 5), ifs.Test.Range(), "columns count characters, not bytes")
	list := ifs.Body[0].(*ast.Assign).Value.(*ast.List)
	assert.Equal(t, span(3, 9, 4, 5), list.Span)
	assert.Equal(t, span(4, 3, 4, 4), list.Elts[1].Range())
}

func TestPositionsStatements(t *testing.T) {
	m := mustParse(t, "@d\ndef f(a, b=1):\n    return a\nif x:\n    pass\nelif y:\n    pass\nelse:\n    pass\n")
	f := m.Body[0].(*ast.FunctionDef)
	assert.Equal(t, span(2, 1, 3, 13), f.Span, "a decorated def starts at def, as in CPython")
	assert.Equal(t, span(2, 7, 2, 13), f.Args.Span)
	assert.Equal(t, span(2, 10, 2, 11), f.Args.Args[1].Span, "an Arg spans its name, not its default")
	elif := m.Body[1].(*ast.If).OrElse[0].(*ast.If)
	assert.Equal(t, span(6, 1, 9, 9), elif.Span, "an elif spans to the end of the statement")
}

func TestFStringPositions(t *testing.T) {
	m := mustParse(t, "s = f'a{x + 1!r:>{w}}b'\nt = f'''\n{ y }'''\n")
	js := m.Body[0].(*ast.Assign).Value.(*ast.JoinedStr)
	assert.Equal(t, span(1, 5, 1, 24), js.Span)
	require.Len(t, js.Values, 3)
	assert.Equal(t, span(1, 7, 1, 8), js.Values[0].Range())
	fv := js.Values[1].(*ast.FormattedValue)
	assert.Equal(t, span(1, 8, 1, 22), fv.Span)
	assert.Equal(t, span(1, 9, 1, 14), fv.Value.Range(), "the field's expression has its place in the file")
	assert.Equal(t, span(1, 13, 1, 14), fv.Value.(*ast.BinOp).Y.Range())
	assert.Equal(t, span(1, 19, 1, 20), fv.Spec.Values[1].(*ast.FormattedValue).Value.Range())

	multi := m.Body[1].(*ast.Assign).Value.(*ast.JoinedStr)
	y := multi.Values[1].(*ast.FormattedValue).Value
	assert.Equal(t, span(3, 3, 3, 4), y.Range(), "positions in a triple-quoted f-string follow its lines")
}

func TestFStringSelfDocumenting(t *testing.T) {
	tests := []struct{ src, want string }{
		{`f"{x=}"`, `JoinedStr(Values=[Const("x="), FormattedValue(Value=Name(ID="x"), Conversion='r')])`},
		{`f"{x = !s}"`, `JoinedStr(Values=[Const("x = "), FormattedValue(Value=Name(ID="x"), Conversion='s')])`},
		{`f"{x=:>10}"`, `JoinedStr(Values=[Const("x="), FormattedValue(Value=Name(ID="x"), Spec=JoinedStr(Values=[Const(">10")]))])`},
		{`f"{a!=b}"`, `JoinedStr(Values=[FormattedValue(Value=Compare(Left=Name(ID="a"), Ops=["!="], Comparators=[Name(ID="b")]))])`},
		{`f"{a<=b=}"`, `JoinedStr(Values=[Const("a<=b="), FormattedValue(Value=Compare(Left=Name(ID="a"), Ops=["<="], Comparators=[Name(ID="b")]), Conversion='r')])`},
		{`f"{'}'}"`, `JoinedStr(Values=[FormattedValue(Value=Const("}"))])`},
		{`f"{(x:=1)}"`, `JoinedStr(Values=[FormattedValue(Value=NamedExpr(Target=Name(ID="x"), Value=Const(1)))])`},
		{`f"\n{x}\{"`, `JoinedStr(Values=[Const("\n"), FormattedValue(Value=Name(ID="x")), Const("\\{")])`},
		{`rf"\n{x}"`, `JoinedStr(Values=[Const("\\n"), FormattedValue(Value=Name(ID="x"))])`},
		{`f""`, `JoinedStr()`},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			m := mustParse(t, tt.src)
			assert.Equal(t, tt.want, Dump(m.Body[0].(*ast.ExprStmt).X))
		})
	}
}

func TestIsIncomplete(t *testing.T) {
	for _, src := range []string{"x = (1,\n", "if x:\n", "s = '''abc\n", "x = 1 + \\", "def f():\n    if y:\n", "d = {\n  1: [\n"} {
		_, err := Parse("t.py", []byte(src))
		require.Error(t, err, src)
		assert.True(t, IsIncomplete(err), "%q: %v", src, err)
	}
	for _, src := range []string{"x = (1,]\n", "if x:\npass\n", "s = 'abc\n", "x = 1 +\n", "a b\n"} {
		_, err := Parse("t.py", []byte(src))
		require.Error(t, err, src)
		assert.False(t, IsIncomplete(err), "%q: %v", src, err)
	}
	assert.False(t, IsIncomplete(nil))
}
