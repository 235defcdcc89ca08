# Capture patterns bind the subject (or a part of it); the wildcard binds nothing. A name
# bound by a successful case keeps its value after the match statement, and names of a case
# that failed are not bound.


def first_two(seq):
    match seq:
        case [a, b, *_]:
            return a, b
        case [a]:
            return a, None
        case _:
            return None, None


print(first_two([1, 2, 3]))
print(first_two(["x"]))
print(first_two([]))

match (1, 2):
    case (x, 3):
        print("no")
    case (y, _):
        print("y is", y)
print("y after the match:", y)
try:
    print(x)
except NameError as e:
    print("NameError:", e)

_ = "underscore is an ordinary name outside patterns"
match 10:
    case _:
        print("the wildcard did not rebind _:", _)


def local_binding(v):
    match v:
        case n:
            pass
    return n * 2


print(local_binding(21))
