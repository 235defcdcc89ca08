# Matching exception objects in handlers, and exceptions raised while matching: from a guard,
# from __eq__, from a property; they propagate out of the match statement.


def risky(n):
    match n:
        case 0:
            raise ValueError("zero")
        case 1:
            raise KeyError("one")
        case 2:
            raise OSError(2, "No such file or directory")
        case 3:
            return 1 / 0
    return n


for n in range(5):
    try:
        print("result", risky(n))
    except Exception as e:
        match e:
            case ValueError(args=(msg,)):
                print("value error:", msg)
            case KeyError() as ke:
                print("key error:", ke)
            case OSError(errno=2, strerror=text):
                print("missing file:", text)
            case ArithmeticError():
                print("arithmetic:", type(e).__name__, e)


def bad_guard(v):
    match v:
        case [x] if x.missing:
            return "no"
        case _:
            return "fallback"


try:
    bad_guard([1])
except AttributeError as e:
    print("guard raised:", e)


class BadEq:
    def __eq__(self, other):
        raise RuntimeError("cannot compare")


class C:
    BAD = BadEq()


try:
    match 5:
        case C.BAD:
            print("no")
except RuntimeError as e:
    print("value pattern raised:", e)
print(bad_guard([]))
