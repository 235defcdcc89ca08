# Guards: evaluated only after the pattern matched and its names are bound; when a guard is
# false the next case is tried, and the names the failed case bound stay bound.

calls = []


def check(tag, result):
    calls.append(tag)
    return result


def grade(score):
    match score:
        case int(s) if s < 0 or s > 100:
            return "invalid"
        case s if check(f"A? {s}", s >= 90):
            return "A"
        case s if check(f"B? {s}", s >= 80):
            return "B"
        case s:
            return "C or below"


for score in [95, 85, 50, -1, 101]:
    print(score, grade(score))
print(calls)

match [3, 4]:
    case [x, y] if x > y:
        print("descending")
    case [a, b]:
        print("not descending; x and y are still bound:", x, y, "a, b:", a, b)

items = [(1, "one"), (2, "two"), (3, "three")]
total = 0
for pair in items:
    match pair:
        case (n, name) if (total := total + n) > 2:
            print("running total passed 2 at", name, total)
        case _:
            print("running total", total)
