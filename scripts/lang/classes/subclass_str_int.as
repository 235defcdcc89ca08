class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("ada")
print(n, repr(n), n.shout(), len(n), n + " lovelace", n == "ada", n.title(), f"[{n:>5}]")
print(type(n).__name__, type(n.upper()).__name__, isinstance(n, str), {n: 1}["ada"], "d" in n, list(n))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = Upper("hello")
print(u, type(u).__name__, u.lower())


class Money(int):
    def __repr__(self):
        return f"${int(self)}"

    def __add__(self, other):
        return Money(int(self) + int(other))


m = Money(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2, type(m * 2).__name__, -m, m > 4, bool(Money(0)))
print([m], str(m), f"{m:03d}", hash(m) == hash(5), list(range(m)), "abcdef"[m])


class Meters(float):
    def __str__(self):
        return f"{float(self)} m"


x = Meters(2.5)
print(x, repr(x), x * 2, type(x * 2).__name__, round(x), f"{x:.1f}", float(x), int(x))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), p == (1, 2), {p: "x"}[(1, 2)], a if (a := p[1]) else 0)
x, y = p
print(x, y, type(p).__name__, isinstance(p, tuple))
