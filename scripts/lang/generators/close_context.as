# Where and when a dropped generator is closed: the exception being handled inside it and
# around it, with blocks, re-raising handlers, an explicit close of the generator looping.
import sys


def records(tag, n=4):
    try:
        for i in range(n):
            yield i
    finally:
        print("close", tag, sys.exc_info()[0])


try:
    for r in records("unwind"):
        raise ValueError("v")
except ValueError:
    print("handler", sys.exc_info()[0])

try:
    raise KeyError("k")
except KeyError:
    for r in records("in handler"):
        break
    print("handler still", sys.exc_info()[0])


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit cm")


def with_return():
    for r in records("with"):
        with CM():
            return r


print(with_return())


def reraiser():
    try:
        for r in records("reraise"):
            raise TypeError("t")
    except TypeError:
        print("reraising")
        raise


try:
    reraiser()
except TypeError:
    print("outer caught")

def gen_in_gen():
    for r in records("nested gen"):
        yield r


gg = gen_in_gen()
next(gg)
gg.close()
print("after explicit close")
print("end")
