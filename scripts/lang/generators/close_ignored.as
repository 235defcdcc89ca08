# What closing a dropped generator raises is reported on stderr and ignored.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("stubborn: yields again")
        yield 2


for x in stubborn():
    break
print("after stubborn")


def failing():
    try:
        yield 1
    finally:
        print("failing: finally raises")
        raise KeyError("in finally")


for x in failing():
    break
print("after failing")


def inside():
    for x in stubborn():
        raise ValueError("body")


try:
    inside()
except ValueError as e:
    print("caught", e)

print(any(x for x in failing()))
print("end")
