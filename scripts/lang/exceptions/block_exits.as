# Leaving try/finally, except and with blocks early: the value of a return that a finally
# body abandons, an __exit__ that raises while break leaves its block, and a try nested in
# an except body, at module level and in a function.


def finally_continue():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return "loop done"


def finally_break():
    for i in range(3):
        try:
            try:
                return i
            finally:
                if i < 1:
                    continue
        finally:
            break
    return "broke out"


def finally_return():
    try:
        return "try"
    finally:
        return "finally"


print(finally_continue(), finally_break(), finally_return())


class Exiting:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        raise ValueError(self.name)


for how in ["break", "continue", "return"]:
    def leave(how):
        for i in range(2):
            with Exiting(how):
                if how == "break":
                    break
                if how == "continue":
                    continue
                return "returned"
        return "fell through"
    try:
        print(leave(how))
    except ValueError as e:
        print("caught", repr(e))

try:
    raise KeyError("outer")
except KeyError as outer:
    try:
        raise IndexError("inner")
    except IndexError:
        print("inner handled")
    print("outer still", repr(outer))


def nested(a):
    b = a * 2
    try:
        raise ValueError(a)
    except ValueError as e:
        for k in range(2):
            try:
                raise KeyError(k)
            except KeyError:
                continue
        try:
            raise TypeError
        except TypeError:
            pass
    return a, b


print(nested(5))
for i in range(3):
    try:
        raise KeyError(i)
    except KeyError:
        continue
print("loop over")
