# Checks: __len__, __bool__ (and len() fallback for truthiness), __contains__, __getitem__,
# __setitem__, __delitem__ as used by len(), if, in, subscripts and del.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        print("getitem", key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
g = Grid(3, 2)
print(len(g), bool(g))
g[0, 1] = "#"
g[2, 1] = "@"
print(g[0, 1], g[1, 1])
print((0, 1) in g, (1, 1) in g, (2, 1) not in g)
del g[0, 1]
print((0, 1) in g)
g["n"] = 1
g["n"] += 41
print(g.cells)
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()), "truthy" if Empty() else "falsy")
class AlwaysFalse:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
print(bool(AlwaysFalse()), len(AlwaysFalse()), not AlwaysFalse())
class NoMethods:
    pass
print(bool(NoMethods()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
