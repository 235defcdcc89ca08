# Value patterns: dotted names are compared with ==, so constants held by classes and
# modules can be matched (a bare name would be a capture instead).
import math


class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class HTTP:
    OK = 200
    NOT_FOUND = 404

    class Redirect:
        MOVED = 301
        FOUND = 302


def describe(code):
    match code:
        case HTTP.OK:
            return "ok"
        case HTTP.NOT_FOUND:
            return "not found"
        case HTTP.Redirect.MOVED | HTTP.Redirect.FOUND:
            return "redirect"
        case math.pi:
            return "pi?"
        case _:
            return "unknown"


for code in [200, 404, 301, 302, 500, math.pi]:
    print(code, describe(code))

RED = "not used"
for c in ["red", "green", "blue", "pink"]:
    match c:
        case Color.RED:
            print(c, "is warm")
        case Color.GREEN | Color.BLUE:
            print(c, "is cool")
        case other:
            print(other, "is unknown")


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other!r})")
        return other == self.name


class Consts:
    A = Loud("A")
    B = Loud("B")


match "b":
    case Consts.A:
        print("matched A")
    case Consts.B:
        print("matched B")
