# Built-in classes (bool, bytes, dict, float, frozenset, int, list, set, str, tuple) take one
# positional sub-pattern that matches the subject itself; bool is an int subclass.


def classify(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0) | float(0.0):
            return "numeric zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty str"
        case str(s):
            return f"str of {len(s)}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([x, *_]):
            return f"list starting with {x}"
        case list(l):
            return f"list {l}"
        case tuple((a, b)):
            return f"2-tuple {a} {b}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": v2}):
            return f"dict with k={v2}"
        case dict(d):
            return f"dict of {len(d)}"
        case set(s) | frozenset(s):
            return f"{type(s).__name__} of {len(s)}"
    return "other"


for v in [True, False, 0, 0.0, -3, 12, 2.5, "", "abc", b"ab", [7, 8], [], (1, 2), (1, 2, 3),
          {"k": 1}, {"a": 1, "b": 2}, {1, 2}, frozenset([3]), None]:
    print(repr(v), "->", classify(v))

match 5:
    case bool():
        print("never")
    case int(real=r, imag=i):
        print("keyword attributes of an int:", r, i)
