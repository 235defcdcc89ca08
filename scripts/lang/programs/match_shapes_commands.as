# match: class patterns with dataclasses, sequences, mappings, or-patterns, guards, captures, constants.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    r: int

def classify(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point() as p if p.x == p.y:
            return "diagonal"
        case Circle(Point(0, 0), r=r):
            return f"centered circle r={r}"
        case Circle(center=c, r=r) if r > 10:
            return f"big circle at {c}"
        case [Point() as a, Point() as b]:
            return f"segment {a.x},{a.y}->{b.x},{b.y}"
        case {"type": "rect", "w": w, "h": h, **rest}:
            return f"rect {w}x{h} extra={rest}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case str() as s if s.isdigit():
            return "digits"
        case [*_, "end"]:
            return "ends with end"
        case [first, *rest]:
            return f"list first={first} rest={rest}"
        case None:
            return "none"
        case _:
            return f"unknown {shape!r}"

tests = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 3),
         Circle(Point(1, 1), 20), Circle(Point(1, 1), 2), [Point(1, 2), Point(3, 4)],
         {"type": "rect", "w": 2, "h": 3, "color": "red"}, 2, -5, -1.5, "123", "abc",
         ["a", "end"], [1, 2, 3], [], None, (7,)]
for t in tests:
    print(classify(t))

def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {', '.join(items)}"
        case ["drop", item]:
            return f"dropping {item}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return f"what? {cmd!r}"
for c in ["go north", "go up", "pick up sword shield", "pick up", "drop key", "exit", "", "dance"]:
    print(command(c))

def http(status):
    match status:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case code if 500 <= code < 600:
            return "server error"
    return "other"
print([http(s) for s in (200, 201, 404, 503, 302)])
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("mapping partial match")
match (1, [2, 3]):
    case (x, [y, *z]):
        print(x, y, z)
class Color:
    RED = "red"
match "red":
    case Color.RED:
        print("matched constant")
match 3.0:
    case 3:
        print("3.0 matches 3")
match True:
    case 1:
        print("True matches 1")
