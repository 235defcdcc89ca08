package vm

import (
	"io"
	"math"
	"testing"

	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
	"github.com/stretchr/testify/require"
)

// TestConstructors checks calling the built-in classes against CPython 3.11; the table was
// generated like TestMethods's, by evaluating each call with python3.
func TestConstructors(t *testing.T) {
	tests := []struct {
		call   string
		cls    Value
		_      string
		args   []Value
		kwargs *Dict
		want   string // repr of the result, or "!Type: message"
		_      string
	}{
		{"int()", IntClass, "()", []Value{}, nil, "0", ""},
		{"int('42')", IntClass, "()", []Value{Str("42")}, nil, "42", ""},
		{"int(' -1_000 ')", IntClass, "()", []Value{Str(" -1_000 ")}, nil, "-1000", ""},
		{"int('ff', 16)", IntClass, "()", []Value{Str("ff"), Int(16)}, nil, "255", ""},
		{"int('0x1f', 0)", IntClass, "()", []Value{Str("0x1f"), Int(0)}, nil, "31", ""},
		{"int('12', base=8)", IntClass, "()", []Value{Str("12")}, dictOf(Str("base"), Int(8)), "10", ""},
		{"int(-3.9)", IntClass, "()", []Value{Float(-3.9)}, nil, "-3", ""},
		{"int(True)", IntClass, "()", []Value{True}, nil, "1", ""},
		{"int(10**30)", IntClass, "()", []Value{bigInt("1000000000000000000000000000000")}, nil, "1000000000000000000000000000000", ""},
		{"int('a')", IntClass, "()", []Value{Str("a")}, nil, "!ValueError: invalid literal for int() with base 10: 'a'", ""},
		{"int(1, 2)", IntClass, "()", []Value{Int(1), Int(2)}, nil, "!TypeError: int() can't convert non-string with explicit base", ""},
		{"int(1.5, 10)", IntClass, "()", []Value{Float(1.5), Int(10)}, nil, "!TypeError: int() can't convert non-string with explicit base", ""},
		{"int('1', 2, 3)", IntClass, "()", []Value{Str("1"), Int(2), Int(3)}, nil, "!TypeError: int() takes at most 2 arguments (3 given)", ""},
		{"int(x=1)", IntClass, "()", []Value{}, dictOf(Str("x"), Int(1)), "!TypeError: 'x' is an invalid keyword argument for int()", ""},
		{"int([])", IntClass, "()", []Value{NewList([]Value{})}, nil, "!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'", ""},
		{"int(None)", IntClass, "()", []Value{None}, nil, "!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'", ""},
		{"int('1', 1)", IntClass, "()", []Value{Str("1"), Int(1)}, nil, "!ValueError: int() base must be >= 2 and <= 36, or 0", ""},
		{"int('1', 'a')", IntClass, "()", []Value{Str("1"), Str("a")}, nil, "!TypeError: 'str' object cannot be interpreted as an integer", ""},
		{"int(base=10)", IntClass, "()", []Value{}, dictOf(Str("base"), Int(10)), "!TypeError: int() missing string argument", ""},
		{"int(float('inf'))", IntClass, "()", []Value{Float(math.Inf(1))}, nil, "!OverflowError: cannot convert float infinity to integer", ""},
		{"float()", FloatClass, "()", []Value{}, nil, "0.0", ""},
		{"float('1.5')", FloatClass, "()", []Value{Str("1.5")}, nil, "1.5", ""},
		{"float('  -inf ')", FloatClass, "()", []Value{Str("  -inf ")}, nil, "-inf", ""},
		{"float(3)", FloatClass, "()", []Value{Int(3)}, nil, "3.0", ""},
		{"float('x')", FloatClass, "()", []Value{Str("x")}, nil, "!ValueError: could not convert string to float: 'x'", ""},
		{"float([])", FloatClass, "()", []Value{NewList([]Value{})}, nil, "!TypeError: float() argument must be a string or a real number, not 'list'", ""},
		{"float(1, 2)", FloatClass, "()", []Value{Int(1), Int(2)}, nil, "!TypeError: float expected at most 1 argument, got 2", ""},
		{"float(x=1)", FloatClass, "()", []Value{}, dictOf(Str("x"), Int(1)), "!TypeError: float() takes no keyword arguments", ""},
		{"str()", StrClass, "()", []Value{}, nil, "''", ""},
		{"str(1.5)", StrClass, "()", []Value{Float(1.5)}, nil, "'1.5'", ""},
		{"str([1, 'a'])", StrClass, "()", []Value{NewList([]Value{Int(1), Str("a")})}, nil, "\"[1, 'a']\"", ""},
		{"str(object=7)", StrClass, "()", []Value{}, dictOf(Str("object"), Int(7)), "'7'", ""},
		{"str(x=1)", StrClass, "()", []Value{}, dictOf(Str("x"), Int(1)), "!TypeError: 'x' is an invalid keyword argument for str()", ""},
		{"str(1, 2, 3, 4)", StrClass, "()", []Value{Int(1), Int(2), Int(3), Int(4)}, nil, "!TypeError: str() takes at most 3 arguments (4 given)", ""},
		{"bool()", BoolClass, "()", []Value{}, nil, "False", ""},
		{"bool([])", BoolClass, "()", []Value{NewList([]Value{})}, nil, "False", ""},
		{"bool('x')", BoolClass, "()", []Value{Str("x")}, nil, "True", ""},
		{"bool(1, 2)", BoolClass, "()", []Value{Int(1), Int(2)}, nil, "!TypeError: bool expected at most 1 argument, got 2", ""},
		{"list()", ListClass, "()", []Value{}, nil, "[]", ""},
		{"list('ab')", ListClass, "()", []Value{Str("ab")}, nil, "['a', 'b']", ""},
		{"list((1, 2))", ListClass, "()", []Value{Tuple{Int(1), Int(2)}}, nil, "[1, 2]", ""},
		{"list(1)", ListClass, "()", []Value{Int(1)}, nil, "!TypeError: 'int' object is not iterable", ""},
		{"list(1, 2)", ListClass, "()", []Value{Int(1), Int(2)}, nil, "!TypeError: list expected at most 1 argument, got 2", ""},
		{"list(x=1)", ListClass, "()", []Value{}, dictOf(Str("x"), Int(1)), "!TypeError: list() takes no keyword arguments", ""},
		{"tuple([1, 2])", TupleClass, "()", []Value{NewList([]Value{Int(1), Int(2)})}, nil, "(1, 2)", ""},
		{"tuple(1, 2)", TupleClass, "()", []Value{Int(1), Int(2)}, nil, "!TypeError: tuple expected at most 1 argument, got 2", ""},
		{"dict()", DictClass, "()", []Value{}, nil, "{}", ""},
		{"dict([('a', 1)], b=2)", DictClass, "()", []Value{NewList([]Value{Tuple{Str("a"), Int(1)}})}, dictOf(Str("b"), Int(2)), "{'a': 1, 'b': 2}", ""},
		{"dict({'a': 1})", DictClass, "()", []Value{dictOf(Str("a"), Int(1))}, nil, "{'a': 1}", ""},
		{"dict(a=1)", DictClass, "()", []Value{}, dictOf(Str("a"), Int(1)), "{'a': 1}", ""},
		{"dict([1])", DictClass, "()", []Value{NewList([]Value{Int(1)})}, nil, "!TypeError: cannot convert dictionary update sequence element #0 to a sequence", ""},
		{"dict([(1, 2, 3)])", DictClass, "()", []Value{NewList([]Value{Tuple{Int(1), Int(2), Int(3)}})}, nil, "!ValueError: dictionary update sequence element #0 has length 3; 2 is required", ""},
		{"dict(['ab', 'cde'])", DictClass, "()", []Value{NewList([]Value{Str("ab"), Str("cde")})}, nil, "!ValueError: dictionary update sequence element #1 has length 3; 2 is required", ""},
		{"dict({}, {})", DictClass, "()", []Value{dictOf(), dictOf()}, nil, "!TypeError: dict expected at most 1 argument, got 2", ""},
		{"dict(1)", DictClass, "()", []Value{Int(1)}, nil, "!TypeError: 'int' object is not iterable", ""},
		{"set([1, 2, 1])", SetClass, "()", []Value{NewList([]Value{Int(1), Int(2), Int(1)})}, nil, "sorted:[1, 2]", ""},
		{"set()", SetClass, "()", []Value{}, nil, "sorted:[]", ""},
		{"set(1)", SetClass, "()", []Value{Int(1)}, nil, "!TypeError: 'int' object is not iterable", ""},
		{"set(x=1)", SetClass, "()", []Value{}, dictOf(Str("x"), Int(1)), "!TypeError: set() takes no keyword arguments", ""},
		{"frozenset([3])", FrozenSetClass, "()", []Value{NewList([]Value{Int(3)})}, nil, "sorted:[3]", ""},
		{"range(5)", RangeClass, "()", []Value{Int(5)}, nil, "range(0, 5)", ""},
		{"range(1, 5)", RangeClass, "()", []Value{Int(1), Int(5)}, nil, "range(1, 5)", ""},
		{"range(10, 0, -3)", RangeClass, "()", []Value{Int(10), Int(0), Int(-3)}, nil, "range(10, 0, -3)", ""},
		{"range()", RangeClass, "()", []Value{}, nil, "!TypeError: range expected at least 1 argument, got 0", ""},
		{"range(1, 2, 3, 4)", RangeClass, "()", []Value{Int(1), Int(2), Int(3), Int(4)}, nil, "!TypeError: range expected at most 3 arguments, got 4", ""},
		{"range(1.5)", RangeClass, "()", []Value{Float(1.5)}, nil, "!TypeError: 'float' object cannot be interpreted as an integer", ""},
		{"range(1, 2, 0)", RangeClass, "()", []Value{Int(1), Int(2), Int(0)}, nil, "!ValueError: range() arg 3 must not be zero", ""},
		{"range('a')", RangeClass, "()", []Value{Str("a")}, nil, "!TypeError: 'str' object cannot be interpreted as an integer", ""},
		{"range(x=1)", RangeClass, "()", []Value{}, dictOf(Str("x"), Int(1)), "!TypeError: range() takes no keyword arguments", ""},
		{"slice(3)", SliceClass, "()", []Value{Int(3)}, nil, "slice(None, 3, None)", ""},
		{"slice(1, 2)", SliceClass, "()", []Value{Int(1), Int(2)}, nil, "slice(1, 2, None)", ""},
		{"slice(1, None, 2)", SliceClass, "()", []Value{Int(1), None, Int(2)}, nil, "slice(1, None, 2)", ""},
		{"slice()", SliceClass, "()", []Value{}, nil, "!TypeError: slice expected at least 1 argument, got 0", ""},
		{"type(1)", TypeClass, "()", []Value{Int(1)}, nil, "<class 'int'>", ""},
		{"type('a')", TypeClass, "()", []Value{Str("a")}, nil, "<class 'str'>", ""},
		{"type(int)", TypeClass, "()", []Value{IntClass}, nil, "<class 'type'>", ""},
		{"type()", TypeClass, "()", []Value{}, nil, "!TypeError: type() takes 1 or 3 arguments", ""},
		{"type(1, 2)", TypeClass, "()", []Value{Int(1), Int(2)}, nil, "!TypeError: type() takes 1 or 3 arguments", ""},
		{"object(1)", ObjectClass, "()", []Value{Int(1)}, nil, "!TypeError: object() takes no arguments", ""},
		{"super(1)", SuperClass, "()", []Value{Int(1)}, nil, "!TypeError: super() argument 1 must be a type, not int", ""},
		{"super(int, 'a')", SuperClass, "()", []Value{IntClass, Str("a")}, nil, "!TypeError: super(type, obj): obj must be an instance or subtype of type", ""},
	}
	for _, tt := range tests {
		t.Run(tt.call, func(t *testing.T) {
			th := newTestThread()
			got, err := th.Call(tt.cls, tt.args, tt.kwargs)
			requireOutcome(t, th, got, err, tt.want)
		})
	}
}

// runScript compiles and runs src as __main__ with the classes this package implements as
// its built-ins, and returns the module so a test can read the globals it set.
func runScript(t testing.TB, src string) (*Module, error) {
	in, m, fn := loadScript(t, src)
	return m, in.RunModule(fn)
}

// loadScript compiles src as __main__ in a fresh interpreter whose built-ins are the classes
// this package implements; running fn runs it.
func loadScript(t testing.TB, src string) (*Interp, *Module, *Function) {
	mod, err := parser.Parse("test.py", []byte(src))
	require.NoError(t, err)
	code, err := compiler.Compile(mod)
	require.NoError(t, err)
	in := NewInterp(io.Discard, io.Discard)
	for _, c := range append([]*Class{IntClass, FloatClass, StrClass, BoolClass, ListClass, TupleClass, DictClass,
		SetClass, FrozenSetClass, RangeClass, SliceClass, TypeClass, ObjectClass, SuperClass, PropertyClass,
		StaticMethodClass, ClassMethodClass}, ExceptionClasses...) {
		in.Builtins.Set(c.Name, c)
	}
	m, fn := in.Load(code, "__main__")
	return in, m, fn
}

// TestScriptFeatures runs small programs using super, properties, class and static methods
// and exception attributes; each `want` is what python3 gives for the global `r` (repr).
func TestScriptFeatures(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"super zero-arg", `
class A:
    def f(self): return 'A' + self.tag()
    def tag(self): return 'a'
class B(A):
    def f(self): return 'B' + super().f()
    def tag(self): return 'b'
r = B().f()`, "'BAb'"},
		{"super two-arg and __init__", `
class A:
    def __init__(self, x): self.x = x
class B(A):
    def __init__(self):
        super(B, self).__init__(5)
r = B().x`, "5"},
		{"super in closure", `
class A:
    def f(self): return 1
class B(A):
    def f(self):
        g = lambda: super(B, self).f() + 1
        return g()
r = B().f()`, "2"},
		{"super classmethod", `
class A:
    @classmethod
    def make(cls): return cls.__name__
class B(A):
    @classmethod
    def make(cls): return 'B:' + super().make()
r = B.make()`, "'B:B'"},
		{"object __init__", `
class A:
    def __init__(self):
        super().__init__()
        self.ok = True
r = A().ok`, "True"},
		{"exception super init", `
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
e = E('boom', 3)
r = (e.args, e.code, str(e))`, "(('boom',), 3, 'boom')"},
		{"exception attrs", `
try:
    try:
        raise KeyError('k')
    except KeyError as k:
        raise ValueError('v') from k
except ValueError as v:
    r = (v.args, v.__cause__.args, v.__context__ is v.__cause__, v.__suppress_context__)`,
			"(('v',), ('k',), True, True)"},
		{"property", `
class C:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
c = C()
c.x = 5
r = (c.x, type(C.__dict__['x']).__name__)`, "(10, 'property')"},
		{"staticmethod", `
class C:
    @staticmethod
    def f(a, b): return a + b
r = (C.f(1, 2), C().f(3, 4))`, "(3, 7)"},
		{"dict fromkeys", `r = (dict.fromkeys('ab'), {}.fromkeys([1], 0))`, "({'a': None, 'b': None}, {1: 0})"},
		{"format attribute", `
class P:
    def __init__(self): self.x = 3
r = '{0.x}-{p.x}'.format(P(), p=P())`, "'3-3'"},
		{"sort with user __lt__", `
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
l = [V(3), V(1), V(2)]
l.sort()
r = [x.v for x in l]`, "[1, 2, 3]"},
		{"function attrs", `
def f(a, b=2): pass
r = (f.__name__, f.__defaults__, f.__module__, [].append.__name__, range(1, 5, 2).step)`,
			"('f', (2,), '__main__', 'append', 2)"},
		{"int and str constructors", `r = (int('ff', 16), str(1.5), float('2.5'), list(range(3)), bool([]))`,
			"(255, '1.5', 2.5, [0, 1, 2], False)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := runScript(t, tt.src)
			require.NoError(t, err)
			r, ok := m.Get("r")
			require.True(t, ok)
			got, err := Repr(nil, r)
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
		})
	}
}

// TestScriptErrors checks errors raised through the interpreter; messages from python3.
func TestScriptErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"sort type error", `[1, 'a', 2].sort()`, "TypeError: '<' not supported between instances of 'str' and 'int'"},
		{"sort key error", `
def k(x): raise ValueError('bad key')
[2, 1].sort(key=k)`, "ValueError: bad key"},
		{"unbound method", `list.append()`, "TypeError: unbound method list.append() needs an argument"},
		{"descriptor", `list.append(1, 2)`, "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object"},
		{"super outside method", `super()`, "RuntimeError: super(): no arguments"},
		{"object init args", `
class A:
    def __init__(self): super().__init__(1)
A()`, "TypeError: object.__init__() takes exactly one argument (the instance to initialize)"},
		{"frozenset add", `frozenset().add(1)`, "AttributeError: 'frozenset' object has no attribute 'add'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runScript(t, tt.src)
			require.Error(t, err)
			require.Equal(t, tt.want, err.Error())
		})
	}
}

// TestSortStability checks that equal keys keep their order, forwards and reversed
// (python3: sorted(..., key=len) gives ['b', 'a', 'cc', 'dd'] and with reverse=True
// ['cc', 'dd', 'b', 'a']).
func TestSortStability(t *testing.T) {
	th := newTestThread()
	for _, tc := range []struct {
		reverse bool
		want    string
	}{{false, "['b', 'a', 'cc', 'dd']"}, {true, "['cc', 'dd', 'b', 'a']"}} {
		l := NewList([]Value{Str("cc"), Str("b"), Str("dd"), Str("a")})
		_, err := callMethod(th, l, "sort", nil, dictOf(Str("key"), lenBuiltin, Str("reverse"), Bool(tc.reverse)))
		require.NoError(t, err)
		require.Equal(t, tc.want, showValue(t, th, l))
	}
}
