# Exceptions raised by the second of two adjacent instructions (a local then another local,
# a constant, an attribute, a method or an attribute store; a store then a load; a constant
# then an operator; a loop's next item then its variable)
# report that instruction's line and columns, and a jump to the second one still runs it.
import traceback


class Box:
    def __init__(self):
        self.value = 1


def show(fn, *args):
    try:
        print(fn(*args))
    except Exception:
        for line in traceback.format_exc().rstrip().splitlines():
            if line.startswith('  File "'):
                path, rest = line[8:].split('"', 1)
                line = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
            print(line)


def two_locals(flag):
    if flag:
        second = 2
    first = 1
    return (first,
            second)


def local_attr(box):
    return box.value + box.missing


def local_method(box):
    return box.value + box.nothing()


def local_store_attr(value):
    target = 5
    target.value = value


def loop_variables(pairs):
    seen = []
    for key, value in pairs:
        seen.append(key)
    for item in pairs:
        last = item
    return seen, last, item


def store_then_load(flag):
    if flag:
        later = 1
    now = 3
    return now + later


def const_operator(x):
    return x - 1 + "one"


def local_const(x):
    return x < 10 and x


def local_const_operator(flag, text):
    if flag:
        n = 1
    return (text - 1) if not flag else (n - 1, n < 2, n * 3)


def local_const_compare(value):
    return value < 10


def loop_jump(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    return total


def reraise_inside(box):
    try:
        return box.value / 0
    except ZeroDivisionError as exc:
        return type(exc).__name__ + " caught at " + str(exc.__traceback__.tb_lineno)


show(two_locals, True)
show(two_locals, False)
show(local_attr, Box())
show(local_method, Box())
show(local_store_attr, 1)
show(loop_variables, [("a", 1), ("b", 2)])
show(store_then_load, True)
show(store_then_load, False)
show(const_operator, 5)
show(local_const, 3)
show(local_const, 30)
show(local_const_operator, True, "t")
show(local_const_operator, False, "t")
show(local_const_compare, 3)
show(local_const_compare, "3")
show(loop_jump, 10)
show(reraise_inside, Box())
