package vm

import "testing"

// BenchmarkCallRecursive is naive recursive Fibonacci: the plain call and return of a
// bytecode function with small-int arithmetic and a fused compare-and-branch.
func BenchmarkCallRecursive(b *testing.B) {
	benchScript(b, `
def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)
def bench(n):
    for i in range(n // 21890 + 1):
        fib(20)
`)
}

// BenchmarkCallClosure is calling a closure that reads a free variable, and a method that
// uses super(): frames whose cells all come from the function's closure.
func BenchmarkCallClosure(b *testing.B) {
	benchScript(b, `
def make_adder(k):
    def add(x):
        return x + k
    return add
class A:
    def f(self):
        return 1
class B(A):
    def f(self):
        return super().f() + 1
def bench(n):
    add = make_adder(3)
    o = B()
    for i in range(n):
        add(i)
        o.f()
`)
}

// BenchmarkCallWrapped is a functools.wraps-style decorator: a wrapper taking *args and
// **kwargs that passes them on, and a closure made per iteration.
func BenchmarkCallWrapped(b *testing.B) {
	benchScript(b, `
def deco(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
def scale(x, f):
    return x * f
def bench(n):
    for i in range(n):
        scale(i, 3)
        g = lambda y: y + i
`)
}

// BenchmarkListAppend is out.append(x) in a loop: a built-in method that takes its argument
// unbound, called straight from the dispatch loop.
func BenchmarkListAppend(b *testing.B) {
	benchScript(b, `
def bench(n):
    out = []
    for i in range(n):
        out.append(i & 255)
`)
}
