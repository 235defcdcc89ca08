# Or-patterns: alternatives are tried left to right; each alternative must bind the same
# names; they nest inside sequences, mappings and class patterns.


def weekday(day):
    match day.lower():
        case "sat" | "sun":
            return "weekend"
        case "mon" | "tue" | "wed" | "thu" | "fri":
            return "weekday"
        case _:
            return "not a day"


for d in ["Sat", "mon", "Fri", "holiday"]:
    print(d, weekday(d))


def pick(v):
    match v:
        case [("x" | "y") as axis, (int() | float()) as amount]:
            return f"move {axis} by {amount}"
        case {"color": "red" | "green" | "blue" as c}:
            return f"primary {c}"
        case (0, n) | (n, 0) | [n]:
            return f"n={n}"
        case [1, 2] | [2, 1] | (3, 4, _):
            return "known"
    return "?"


for v in [["x", 3], ["y", 2.5], ["z", 1], {"color": "green"}, {"color": "pink"}, (0, 9), (8, 0), [5],
          [2, 1], (3, 4, 5), (1, 1)]:
    print(v, "->", pick(v))


class Tracer:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  compare with {self.name}")
        return self.name == other


class T:
    A = Tracer("a")
    B = Tracer("b")
    C = Tracer("c")


match "b":
    case T.A | T.B | T.C:
        print("matched after trying alternatives in order")
