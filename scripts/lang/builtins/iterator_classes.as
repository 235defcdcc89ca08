# Checks: enumerate, zip, map, filter and reversed are classes, as in CPython: their reprs,
# type(x) is the class, isinstance against them (reversed() of a list is a
# list_reverseiterator, not a reversed object), enumerate[int]; their keyword arguments and
# errors, zip(strict=True) for both a shorter and a longer argument.
print(enumerate, zip, map, filter, reversed)
print(type(zip()) is zip, isinstance(enumerate([]), enumerate), isinstance(map(abs, []), map),
      isinstance(filter(None, []), filter), isinstance(reversed((1,)), reversed),
      isinstance(reversed([1]), reversed), type(reversed([1])).__name__)
print(list(enumerate("ab", start=1)), list(enumerate(iterable="ab")), list(filter(None, [0, 1, 2])),
      list(map(pow, [2, 3], [3, 2])), list(zip("ab", "cd", strict=True)), list(reversed(range(3))))
print(enumerate[int], zip.__name__, callable(map), type(zip).__name__, issubclass(zip, object))
for f, args in [(zip, (1,)), (map, (abs,)), (map, (abs, 5)), (filter, (None,)), (reversed, ({1},)),
                (enumerate, (5,))]:
    try:
        print(f.__name__, list(f(*args)))
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
for args in [("a", "bc"), ("a", "b", "cd"), ("ab", "a"), ("ab", "ab", "a"), ("ab", "ab")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
pairs = dict(zip(["x", "y"], map(len, ["a", "bb"])))
print(pairs, [i for i, _ in filter(lambda p: p[1] > 1, enumerate([1, 2, 3]))])
