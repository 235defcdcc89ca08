# A comprehension or generator expression evaluated again and again: every generator it
# makes is its own, reads the globals of the code that made it, and shows its own name.
SCALE = 2


def doubled(xs):
    return (x * SCALE for x in xs)


first = doubled([1, 2, 3])
second = doubled([10])
print(next(first), list(second), list(first))
print(first.__name__, first.__qualname__, first.gi_code is second.gi_code, first is second)

nested = doubled(sum(y for y in range(k)) for k in range(5))
print(list(nested))

code = compile("result = [x + OFFSET for x in range(3)]\ngen = (x * OFFSET for x in range(2))", "<made>", "exec")
one, ten = {"OFFSET": 1}, {"OFFSET": 10}
exec(code, one)
exec(code, ten)
print(one["result"], ten["result"], list(one["gen"]), list(ten["gen"]))


def walk(tree):
    return sum(walk(child) for child in tree) + 1


print(walk([[[]], [[], [[]]]]))
print([{k: v for k, v in zip("ab", (n, n + 1))} for n in range(2)], {c for c in "abca" if c != "b"} == {"a", "c"})
