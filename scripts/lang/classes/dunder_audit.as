class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __delitem__(self, i):
        del self.xs[i]

    def __contains__(self, v):
        return v in self.xs

    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self.xs, other.xs)))

    def __radd__(self, other):
        return self if other == 0 else NotImplemented

    def __mul__(self, k):
        return Vec(*(a * k for a in self.xs))

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5

    def __bool__(self):
        return any(self.xs)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __hash__(self):
        return hash(tuple(self.xs))

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __call__(self, i):
        return self.xs[i]

    def __iter__(self):
        return iter(self.xs)

    def __reversed__(self):
        return reversed(self.xs)

    def __format__(self, spec):
        return "<" + ",".join(format(x, spec) for x in self.xs) + ">"

    def __index__(self):
        return len(self.xs)

    def __round__(self, n=None):
        return Vec(*(round(x, n) for x in self.xs))

    def __dir__(self):
        return ["b", "a"]


v = Vec(3, 4)
w = Vec(1, 1)
print(v + w, 2 * v, v * 2, -v, abs(v), bool(Vec(0, 0)), len(v), v[0], 4 in v)
v[0] = 6
del w[1]
print(v, w, v == Vec(6, 4), {v: 1}[Vec(6, 4)], sorted([v, Vec(1, 0)]), v(1))
print(list(reversed(v)), f"{v:03d}", [1, 2, 3, 4][Vec(1)], sum([Vec(1, 2), Vec(3, 4)]))
print(round(Vec(1.26, 2.5), 1), dir(v), list(v), bin(Vec(1, 2, 3)))
