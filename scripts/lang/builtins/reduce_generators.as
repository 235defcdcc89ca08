# sum, any, all, min and max consuming generators: results, early stops that leave the
# generator paused, exceptions raised inside the generator or by the reduction itself (with
# their tracebacks), a generator consumed meanwhile by the reduction's own callbacks, and
# runaway recursion through sum of a generator expression.
class A:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if o == 3:
            raise ValueError("add 3")
        return A(self.x + o)

    def __radd__(self, o):
        return A(o + self.x)

    def __lt__(self, o):
        print("  lt", self.x, o.x, "running:", gen.gi_running)
        return self.x < o.x


def upto(n):
    for i in range(n):
        yield i


def bad(n):
    yield from range(n)
    raise KeyError("bad")


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
        tb = e.__traceback__
        out = []
        while tb is not None:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print("  ", out)


def main():
    global gen
    show(lambda: sum(x for x in upto(5)))
    show(lambda: sum((x for x in upto(5)), 10))
    show(lambda: sum(upto(4), A(1)).x)
    show(lambda: sum(upto(5), A(1)).x)
    show(lambda: sum(bad(3)))
    show(lambda: sum(x for x in ["a"]))
    show(lambda: sum(1 for x in upto(3) if x / (x - 1)))
    show(lambda: any(x > 2 for x in upto(10)))
    show(lambda: all(x < 2 for x in upto(10)))
    gen = upto(10)
    print(any(x > 2 for x in gen), "then next() gives", next(gen))
    gen = upto(10)
    print(all(x < 3 for x in gen), "then next() gives", next(gen))
    gen = (A(x) for x in [3, 1, 2])
    show(lambda: min(gen).x)
    show(lambda: max(x for x in []))
    show(lambda: max((x for x in []), default=7))
    show(lambda: max(upto(5), key=lambda x: -x))
    show(lambda: min(upto(3), key=lambda x: x % 2 - x))
    gen = upto(3)
    show(lambda: min(gen, key=lambda v: sum(gen)))
    gen = upto(5)
    show(lambda: sum(gen) + sum(gen))
    gen = upto(6)
    show(lambda: sum(next(gen) * 10 + x for x in gen))

    def rec(n):
        return sum(rec(n + 1) for _ in range(1))

    try:
        rec(0)
    except RecursionError:
        print("RecursionError")


main()
