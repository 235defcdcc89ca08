# The TypeErrors a class pattern raises at run time, as CPython words them.


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]
    a = 1


class IntArg:
    __match_args__ = ("a", 2)
    a = 1


class Two:
    __match_args__ = ("a", "b")
    a, b = 1, 2


not_a_class = len


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


def m1():
    match NoArgs():
        case NoArgs(1):
            return "?"


def m2():
    match ListArgs():
        case ListArgs(1):
            return "?"


def m3():
    match IntArg():
        case IntArg(1, 2):
            return "?"


def m4():
    match Two():
        case Two(1, 2, 3):
            return "?"


def m5():
    match Two():
        case Two(1, a=1):
            return "?"


def m6():
    match 1:
        case not_a_class():
            return "?"


def m7():
    match 1:
        case int(1, 2):
            return "?"


def m8():
    match "s":
        case NoArgs(1):
            return "?"
        case _:
            return "no error when the subject is not an instance"


def m9():
    match IntArg():
        case IntArg(1):
            return "first element is a string, the second is never looked at"


for label, f in [("m1", m1), ("m2", m2), ("m3", m3), ("m4", m4), ("m5", m5), ("m6", m6), ("m7", m7),
                 ("m8", m8), ("m9", m9)]:
    attempt(label, f)
