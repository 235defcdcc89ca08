# A small Matrix: @ and @=, subscripts with tuples, slices and __index__ objects,
# rows as a sequence (len, iteration, reversed, in), and modular powers of a ModInt.
import operator


class Row:
    """An index that is not an int but converts to one through __index__."""

    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice) or isinstance(c, slice):
                rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
                return Matrix([row[c] if isinstance(c, slice) else [row[c]] for row in rows])
            return self.rows[r][c]
        if isinstance(key, slice):
            return Matrix(self.rows[key])
        return self.rows[key]

    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __rmatmul__(self, other):
        if isinstance(other, list):
            return Matrix([other]) @ self
        return NotImplemented

    def __imatmul__(self, other):
        print("  (in place)")
        self.rows = (self @ other).rows
        return self

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None


m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
ident = Matrix([[1, 0, 0], [0, 1, 0], [0, 0, 1]])
print(m @ ident == m, m @ m)
print([1, 1, 1] @ m)
print(m[1], m[1, 2], m[Row(2), Row(0)], m[-1, -1])
print(m[1:], m[:, 1:], m[::2, ::2], m[Row(1):, :Row(2)])
print(m[0][Row(1):], "abcdef"[Row(1):Row(5):Row(2)], (1, 2, 3, 4)[Row(2):], [0, 1, 2][Row(1)])
print(len(m), [sum(r) for r in m], [r[0] for r in reversed(m)], [4, 5, 6] in m, [6, 5] in m)
print(range(10)[Row(3):Row(7)], list(range(Row(3))), operator.index(Row(4)))
print("ab" * Row(3), Row(2) * [0], (1,) * Row(2), bin(Row(5)), hex(Row(255)), oct(Row(8)))
m[0, 0] = 100
acc = Matrix([[1, 1], [1, 0]])
alias = acc
for _ in range(5):
    acc @= Matrix([[1, 1], [1, 0]])
print(m[0], acc, alias is acc)


class ModInt:
    def __init__(self, v, mod=97):
        self.v, self.mod = v % mod, mod

    def __repr__(self):
        return f"ModInt({self.v})"

    def __pow__(self, exp, mod=None):
        return ModInt(pow(self.v, exp, mod or self.mod), self.mod)

    def __rpow__(self, base):
        return ModInt(pow(base, self.v, self.mod), self.mod)


print(ModInt(5) ** 3, pow(ModInt(5), 3), pow(ModInt(5), 3, 7), 2 ** ModInt(10))


def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, f"TypeError: {e}")


attempt("unhashable:", lambda: {m})
attempt("matmul int:", lambda: m @ 3)
attempt("rmatmul int:", lambda: 3 @ m)
attempt("three-arg rpow:", lambda: pow(2, ModInt(3), 5))
attempt("bad slice:", lambda: [1, 2, 3][1.5:])
pair, key = (1, 2), "0"
attempt("bad index:", lambda: pair[key])


class BadIndex:
    def __index__(self):
        return "1"


attempt("bad __index__:", lambda: [1, 2][BadIndex()])
attempt("bad slice __index__:", lambda: [1, 2][BadIndex():])
attempt("bad operator.index:", lambda: operator.index(BadIndex()))
