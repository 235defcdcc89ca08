package vm

import (
	"testing"

	"github.com/asyncscript/asyncscript/internal/cputime"
	"github.com/stretchr/testify/require"
)

// benchScript runs src, which must define bench(n), then times bench(b.N): the per-iteration
// cost of the loop body bench runs n times, in wall time and in CPU time (steadier on a
// loaded machine). Builtins added to the interpreter's builtins first are visible to src.
func benchScript(b *testing.B, src string, builtins ...*Builtin) {
	in, m, body := loadScript(b, src)
	for _, f := range builtins {
		in.Builtins.Set(f.Name, f)
	}
	require.NoError(b, in.RunModule(body))
	fn, ok := m.Get("bench")
	require.True(b, ok, "the script defines no bench(n)")
	b.ResetTimer()
	start := cputime.Process()
	require.NoError(b, in.Guard(func() error {
		_, err := in.MainThread().Call(fn, []Value{MakeInt(int64(b.N))}, nil)
		return err
	}))
	cputime.Report(b, start)
}

// BenchmarkStrIndex is s[i] on a string of 1M characters, all ASCII or with a non-ASCII
// character every 64: constant time, however long s is.
func BenchmarkStrIndex(b *testing.B) {
	for _, c := range []struct{ name, s string }{
		{"ascii", `'abcdefgh' * 131072`},
		{"wide", `('abcdefgh' * 7 + 'abcdefg\u00e9') * 16384`},
	} {
		b.Run(c.name, func(b *testing.B) {
			benchScript(b, "s = "+c.s+`
def bench(n):
    m = 1048576
    for i in range(n):
        c = s[i % m]
`)
		})
	}
}

// BenchmarkStrScan is the scanner's inner step: startswith at an offset and a short slice.
func BenchmarkStrScan(b *testing.B) {
	benchScript(b, `
s = 'true, false, 12345, ' * 50000
def bench(n):
    m = 999992
    for i in range(n):
        j = i % m
        if s.startswith('true', j):
            t = s[j:j + 4]
        k = s.find(',', j)
`)
}

// BenchmarkAttr is reading and writing instance attributes.
func BenchmarkAttr(b *testing.B) {
	benchScript(b, `
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
def bench(n):
    p = P()
    for i in range(n):
        p.x = p.y + p.x
`)
}

// BenchmarkMethodCall is calling a Python method on an instance.
func BenchmarkMethodCall(b *testing.B) {
	benchScript(b, `
class P:
    def __init__(self):
        self.x = 1
    def get(self, d):
        return self.x + d
def bench(n):
    p = P()
    for i in range(n):
        p.get(i)
`)
}

// BenchmarkNewInstance is creating an instance through a Python __init__.
func BenchmarkNewInstance(b *testing.B) {
	benchScript(b, `
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def bench(n):
    for i in range(n):
        P(i, 2)
`)
}

// BenchmarkSortInts is list.sort over ints, the comparison fast path.
func BenchmarkSortInts(b *testing.B) {
	benchScript(b, `
data = [(i * 7919) % 1000 for i in range(1000)]
def bench(n):
    for i in range(n // 1000 + 1):
        data[:].sort()
`)
}

// BenchmarkBuiltinMethodCall is calling built-in str and dict methods that leave optional
// parameters out, so their arguments are padded while bound.
func BenchmarkBuiltinMethodCall(b *testing.B) {
	benchScript(b, `
def bench(n):
    s = "a b c"
    d = {"x": 1}
    for i in range(n):
        s.split()
        d.get("y", 0)
        s.startswith("a")
`)
}

// BenchmarkPropertyGet is reading a property whose getter is a Python function.
func BenchmarkPropertyGet(b *testing.B) {
	benchScript(b, `
class P:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
def bench(n):
    p = P()
    for i in range(n):
        p.x
`)
}

// BenchmarkSortTuples is list.sort over tuples of an int and a str, compared element-wise.
func BenchmarkSortTuples(b *testing.B) {
	benchScript(b, `
data = [((i * 7919) % 100, "k%d" % (i % 37)) for i in range(1000)]
def bench(n):
    for i in range(n // 1000 + 1):
        data[:].sort()
`)
}

// BenchmarkUserOperators is a user class's __add__ and __lt__, and a mixed int + instance
// that reaches __radd__: the special-method dispatch of binary operators and comparisons.
func BenchmarkUserOperators(b *testing.B) {
	benchScript(b, `
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return self
    def __radd__(self, o):
        return self
    def __lt__(self, o):
        return True
def bench(n):
    a = V(1)
    c = V(2)
    for i in range(n):
        a = a + c
        a = 1 + a
        t = a < c
`)
}

// BenchmarkForGenerator is a for loop over a generator function's values and over a
// generator expression: one resume of the generator's frame per iteration.
func BenchmarkForGenerator(b *testing.B) {
	benchScript(b, `
def upto(n):
    i = 0
    while i < n:
        yield i
        i += 1
def bench(n):
    t = 0
    for x in upto(n // 2):
        t += x
    for x in (y for y in upto(n - n // 2)):
        t += x
`)
}

// BenchmarkFoldGenerator is a built-in summing ints over a generator expression of three
// values, the shape of sum(x.total for x in items): per iteration one call, one generator
// and its four resumes. As a fold the generator runs in the caller's dispatch loop; the
// iterate form is the same built-in written as a Go loop over Iterate, which resumes the
// generator in a nested loop for each value.
func BenchmarkFoldGenerator(b *testing.B) {
	src := `
def bench(n):
    items = [1, 2, 3]
    for i in range(n):
        total(x for x in items)
`
	sig := Signature{Name: "total", Style: OneArg}
	b.Run("fold", func(b *testing.B) {
		benchScript(b, src, NewFoldFunc(sig, func(_ *Thread, args []Value) (Value, Fold, error) {
			return args[0], &intSum{}, nil
		}))
	})
	b.Run("iterate", func(b *testing.B) {
		benchScript(b, src, NewFunc(sig, func(th *Thread, args []Value, _ *Dict) (Value, error) {
			s := &intSum{}
			return runFold(th, args[0], s)
		}))
	})
}

// intSum is a Fold adding small ints.
type intSum struct{ n Int }

func (s *intSum) Step(_ *Thread, v Value) (bool, error) {
	s.n += v.(Int)
	return false, nil
}

func (s *intSum) Result(*Thread) (Value, error) { return s.n, nil }
