package vm

import "testing"

// BenchmarkAttrPolymorphic is one attribute instruction meeting instances of two classes: a
// base class's method run on base and subclass instances alternately.
func BenchmarkAttrPolymorphic(b *testing.B) {
	benchScript(b, `
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
    def get(self):
        return self.x + self.y
class Q(P):
    def __init__(self):
        self.z = 3
        super().__init__()
def bench(n):
    p, q = P(), Q()
    for i in range(n):
        p.get()
        q.get()
`)
}

// BenchmarkClassCounter is a class attribute changed on every iteration (Cls.count += 1)
// while instance attributes of that class and of another are read: a change to one class
// must not cost the caches of the others.
func BenchmarkClassCounter(b *testing.B) {
	benchScript(b, `
class C:
    count = 0
    def __init__(self):
        self.x = 1
class D:
    def __init__(self):
        self.y = 2
def bench(n):
    c, d = C(), D()
    for i in range(n):
        C.count += 1
        t = c.x + d.y
`)
}

// BenchmarkSuperCall is super().method(...) and an explicit Base.method(self, ...).
func BenchmarkSuperCall(b *testing.B) {
	benchScript(b, `
class A:
    def f(self, v):
        return v
class B(A):
    def f(self, v):
        return super().f(v) + A.f(self, v)
def bench(n):
    o = B()
    for i in range(n):
        o.f(i)
`)
}
