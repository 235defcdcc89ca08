# Sequence patterns: lists, tuples and ranges match; str and bytes do not; star patterns take
# the middle, the front or the back; nesting and the length checks.


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [first, *middle, last] if middle:
            return f"first={first!r} middle={middle!r} last={last!r}"
        case (a, b):
            return f"pair {a!r},{b!r}"
        case _:
            return f"not a sequence: {type(v).__name__}"


for v in [[], (), [1], (2,), [1, 2, 3, 4], (1, 2), [3, 4], range(3), range(1, 2), "ab", "a",
          b"xy", {"a": 1}, {1, 2}, 7]:
    print(repr(v), "->", shape(v))

match [1, [2, [3, 4]], (5, 6)]:
    case [one, [two, [three, four]], (five, six)]:
        print("nested:", one, two, three, four, five, six)

for v in [[1, 2, 3], [9, 2, 3], [1], [1, 2, 3, 4, 5, 6]]:
    match v:
        case [1, *rest]:
            print("starts with 1, rest", rest)
        case [*init, 3]:
            print("ends with 3, init", init)
        case [*_]:
            print("any other list of", len(v))

match (1, 2, 3):
    case [*everything]:
        print("star captures a list:", everything, type(everything).__name__)

match [0, 1, 2, 3, 4]:
    case [a, b, *_, c]:
        print(a, b, c)

match 1, 2:
    case 1, x:
        print("open sequence pattern", x)

match "hello":
    case [*chars]:
        print("never: str is not a sequence here")
    case str() as s:
        print("str:", s)
