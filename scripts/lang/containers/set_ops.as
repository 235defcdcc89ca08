# Checks: set operators and methods — | & - ^ and their named forms, subset/superset/
# disjoint, comparisons; printed via sorted() or as small int sets.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3)), a.difference({1}, {2}))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a, a == {4, 3, 2, 1})
print({1, 2}.issubset(a), a.issuperset({1, 5}), a.isdisjoint({7, 8}), a.isdisjoint(b))
words = {"pear", "apple", "fig"}
others = {"fig", "kiwi"}
print(sorted(words | others), sorted(words & others), sorted(words - others), sorted(words ^ others))
print(len(words), "fig" in words, "plum" in words, "plum" not in words)
print(set(), set([3, 3, 1]), set("aaa"), set(range(5)), {0, 1, 2} == set(range(3)))
print({1, 1.0, True}, len({1, 1.0, True}), {(1, 2), (1, 2)})
c = {10, 20}
c |= {30}
c &= {10, 30, 40}
c -= {10}
c ^= {99, 30}
print(c)
print({1, 2} | set(), set() & {1}, {1, 2} != {2, 1}, {1} == {1.0})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
