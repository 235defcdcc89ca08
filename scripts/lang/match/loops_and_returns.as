# break, continue and return inside case bodies, match statements in loops, comprehensions
# and nested functions.


def find_first_negative(rows):
    for i, row in enumerate(rows):
        match row:
            case []:
                continue
            case [int(x), *_] if x < 0:
                return i, x
            case ["stop", *_]:
                break
            case _:
                pass
    return None


print(find_first_negative([[1], [], [2, 3], [-4, 5]]))
print(find_first_negative([[1], ["stop"], [-1]]))
print(find_first_negative([]))

n = 0
while True:
    n += 1
    match n % 3, n:
        case 0, _ if n > 7:
            print("done at", n)
            break
        case 0, m:
            print("multiple of three", m)
        case _:
            continue


def tokens(text):
    out = []
    for ch in text:
        match ch:
            case " ":
                continue
            case "(" | ")":
                out.append(("paren", ch))
            case d if d.isdigit():
                if out and out[-1][0] == "num":
                    out[-1] = ("num", out[-1][1] + d)
                else:
                    out.append(("num", d))
            case op if op in "+-*/":
                out.append(("op", op))
            case other:
                raise ValueError(f"bad character {other!r}")
    return out


print(tokens("12 + (3*45)"))
try:
    tokens("1 ? 2")
except ValueError as e:
    print(e)


def make_checker(kind):
    def check(v):
        match v:
            case int() if kind == "int":
                return True
            case str() if kind == "str":
                return True
        return False
    return check


print([make_checker("int")(v) for v in [1, "a", 2.0]], [make_checker("str")(v) for v in [1, "a"]])
