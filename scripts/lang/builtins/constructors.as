# Checks: list/tuple/dict/set/str/int/float/bool constructors with no args and from iterables,
# copies made by constructors being independent.
print(list(), tuple(), dict(), set(), str(), int(), float(), bool())
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list({3: 0}.values()))
print(tuple([1, 2]), tuple("ab"), tuple({"x": 1}), tuple(range(0)))
print(dict([(1, 2), [3, 4]]), dict(a=1), dict({"a": 1}, b=2), dict(zip("ab", "cd")))
print(sorted(set("hello")), set([1, 1, 2]), set(range(3)), set({"k": 1}.values()))
orig = [1, [2]]
copy = list(orig)
copy.append(3)
copy[1].append("shared")
print(orig, copy)
print(list(list(list("x"))), tuple(tuple([1])), str(str(5)))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
