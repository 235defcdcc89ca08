# Named tuples match sequence patterns (they are tuples) and class patterns (their fields are
# their __match_args__); a deque is a sequence too.
from collections import namedtuple, deque

Point = namedtuple("Point", "x y")
Line = namedtuple("Line", ["start", "end"])

print(Point.__match_args__, Line.__match_args__)


def describe(v):
    match v:
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1} from {y1} to {y2}"
        case Line(start=Point(0, 0)):
            return "line from the origin"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y):
            return f"point {x},{y}"
        case (a, b):
            return f"plain pair {a} {b}"


for v in [Line(Point(1, 0), Point(1, 5)), Line(Point(0, 0), Point(2, 3)), Point(0, 0), Point(4, 5), (6, 7)]:
    print(describe(v))

match Point(8, 9):
    case (x, y):
        print("a namedtuple unpacks as a sequence:", x, y)

history = deque(["a", "b", "c"], maxlen=3)
match history:
    case [first, *rest]:
        print("deque:", first, rest)
