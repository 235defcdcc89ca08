# A for loop driving a generator: values, exhaustion, exceptions raised inside the generator
# and caught by the consumer (with their tracebacks), StopIteration escaping a generator,
# nested generators, generator expressions consumed by builtins, break then close(),
# gi_running, re-entrance and runaway recursion.
import traceback


def count(n):
    for i in range(n):
        yield i
    return "ignored"


def faulty(n):
    yield from range(n)
    raise ValueError("faulty after %d" % n)


def stopper():
    yield 1
    raise StopIteration("inner")


def pairs(gen):
    for a in gen:
        for b in count(2):
            yield a, b


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            for leaf in flatten(node):
                yield leaf
        else:
            yield node


def cleanup():
    try:
        for i in range(10):
            yield i
    finally:
        print("  cleanup ran, running:", me.gi_running)


def watcher():
    print("  inside, running:", me.gi_running)
    yield 1
    print("  resumed, running:", me.gi_running)
    yield 2


def reenter():
    for x in me:
        yield x


def deep(n):
    for x in deep(n + 1):
        yield x
    yield n


def names():
    yield [entry.split(", in ")[1].split("\n")[0] for entry in traceback.format_stack()]


def lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def main():
    global me
    for x in count(3):
        print("count", x)
    else:
        print("for-else after exhaustion")

    try:
        for x in faulty(2):
            print("faulty gave", x)
    except ValueError as e:
        print("caught", e, lines(e.__traceback__))

    try:
        for x in stopper():
            print("stopper gave", x)
    except RuntimeError as e:
        print("caught", type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
        print("  traceback", lines(e.__traceback__))
        print("  cause traceback", lines(e.__cause__.__traceback__))

    print(list(pairs(count(2))))
    print([x for x in flatten([1, [2, [3, 4], 5], [[6]]])])
    print(sum(x * x for x in count(5)), any(x > 2 for x in count(5)), all(x < 3 for x in count(5)))
    print(sorted((x % 3, x) for x in count(6)), max(x % 4 for x in count(7)))

    me = cleanup()
    for x in me:
        if x == 2:
            break
    print("after break, running:", me.gi_running)
    me.close()
    print("closed, next gives", next(me, "default"))

    me = cleanup()
    for x in me:
        print("first loop", x)
        if x == 1:
            break
    for x in me:
        print("second loop", x)
        if x == 3:
            break
    print("next() continues:", next(me))
    me.close()

    me = watcher()
    for x in me:
        print("  got", x, "running:", me.gi_running)

    me = reenter()
    try:
        for x in me:
            pass
    except ValueError as e:
        print("caught", e)

    try:
        for x in deep(0):
            pass
    except RecursionError as e:
        print("caught", type(e).__name__)

    for x in names():
        print("stack", x)

    g = count(2)
    for x in g:
        pass
    for x in g:
        print("never")
    print("exhausted twice, next gives", next(g, "default"))


main()
