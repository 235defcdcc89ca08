# Checks: CPython's exact messages for unpacking errors in assignments and for loops.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def few():
    a, b, c = [1, 2]
def many():
    a, b = (1, 2, 3)
def many_str():
    a, b = "xyz"
def star_few():
    a, b, *c = [1]
def nested():
    a, (b, c) = 1, (2, 3, 4)
def non_iter():
    a, b = 1
def none_iter():
    a, b = None
def loop():
    for x, y in [(1, 2), (3,)]:
        print("loop", x, y)
def dict_unpack():
    a, b = {"only": 1}
def empty():
    a, = []
def gen():
    a, b = (i for i in range(5))
for fn in [few, many, many_str, star_few, nested, non_iter, none_iter, loop, dict_unpack, empty, gen]:
    show(fn)
