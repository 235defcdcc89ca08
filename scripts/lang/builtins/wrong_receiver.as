# Methods of built-in classes called through the class check their receiver, as CPython's
# method descriptors do: a foreign or missing receiver is a TypeError.


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


def show(label, call):
    try:
        call()
    except TypeError as e:
        print(label, "->", e)


show("generator.send", lambda: type(gen()).send(1, None))
show("generator.send()", lambda: type(gen()).send())
show("generator.__next__", lambda: type(gen()).__next__([]))
show("generator.__next__()", lambda: type(gen()).__next__())
c = coro()
show("coroutine.close", lambda: type(c).close(gen()))
c.close()
show("async_generator.aclose", lambda: type(agen()).aclose(1))
show("list.append", lambda: list.append("x", 1))
show("list.append()", lambda: list.append())
show("dict.get", lambda: dict.get([], 1))
show("dict.fromkeys()", lambda: dict.fromkeys())
show("str.upper", lambda: str.upper(1))
show("set.add", lambda: set.add(frozenset(), 1))
show("int.bit_length", lambda: int.bit_length("7"))
show("BaseException.with_traceback", lambda: BaseException.with_traceback(1, None))
show("g.send()", lambda: gen().send())
show("g.throw()", lambda: gen().throw())
show("g.close(1)", lambda: gen().close(1))
show("g.__next__(1)", lambda: gen().__next__(1))
show("len(x=1)", lambda: len(x=1))
show("sorted(foo=1)", lambda: sorted([1], foo=1))
show("print(foo=1)", lambda: print(1, foo=2))
show("enumerate(x, 1, 2)", lambda: enumerate([], 1, 2))
print(list(enumerate("ab", start=1)), round(number=2.5), sum([1, 2], start=3))
