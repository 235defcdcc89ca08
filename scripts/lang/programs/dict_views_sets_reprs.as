# Dict views as sets, dict merging, sets, reprs of containers and recursive lists, builtin error messages.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), d.items() & {("a", 1)}, list(reversed(d)), list(reversed(d.items())))
print(k, d.values(), d.items(), len(k), "a" in k, ("a", 1) in d.items(), isinstance(k, type({}.keys())))
d2 = d | {"d": 4}
d |= {"a": 10}
print(d, d2, dict.fromkeys("xy", 0), d.setdefault("e", []), d.pop("zz", "none"), d.get("q"))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
s1, s2 = {1, 2, 3}, {3, 4}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= {1, 2, 3, 4}, s1.isdisjoint({9}), frozenset([2, 1]), set(), frozenset())
print(sorted({"b", "a"}), {1: {2: {3: []}}}, [[]] * 2, [None, True, 1.0, "s", b"b", (1,), {1}, {}])
class R:
    def __repr__(self): return "R()"
    def __str__(self): return "str-R"
print(R(), [R()], {"k": R()}, (R(),), f"{R()}", f"{R()!r}", str([R()]), "%s %r" % (R(), R()))
l = [1]
l.append(l)
print(l, {1: 2}.__repr__(), repr(range(0, 10, 2)), range(5)[::-1], list(range(10)[2:8:2]), range(3) == range(0, 3))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(enumerate("ab", 1)), any([]), all([]), any(x > 2 for x in [1, 3]))
print(int("١٢٣"), "ß".isalpha(), "x".join([]), max("abc"), min([], default=None), max([1, 3, 2], key=lambda x: -x))
print(divmod(7.5, 2), 7.5 // 2, -7.5 % 2, 2 ** 0.5 == 2 ** (1 / 2), 10 ** -2, (-8) ** (1 / 3) if False else "")
x = [3, 1, 2]
x.sort(key=lambda v: -v)
print(x, x.index(1), x.count(2), x * 2, x[::-1], [*x, *x][1:5])
nested = [[1, 2], [3, [4, 5]]]
import copy
print(nested == copy.deepcopy(nested), nested is not copy.copy(nested), nested[1][1] is copy.copy(nested)[1][1])
a = b = []
a.append(1)
print(b, a is b, [] is [], () == (), None is None)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e, t)
print(f"{'a' if True else 'b'}", f"{d['a']}", f'{"nested"}', f"{1:{'>'}5}", f"{{}}", f"{3.0:g}", f"{'%'}")
print(str(1e100), str(1.0e-10), 12345678901234567890.0, 0.1 + 0.7, 1 / 7, float(10 ** 16), 3.0 * 1.1)
