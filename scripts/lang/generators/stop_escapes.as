# StopIteration (and StopAsyncIteration out of an async generator) escaping a generator,
# a coroutine or an async generator becomes RuntimeError, caused by it (PEP 479): when it
# is raised inside, when it is thrown in, and when it is thrown into one not yet started.
import asyncio
async def inner():
    raise StopIteration(5)
async def agen():
    yield 1
    raise StopIteration(7)
async def agen2():
    yield 1
    raise StopAsyncIteration
def g():
    yield 1
async def main():
    try:
        await inner()
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
    for a in (agen, agen2):
        try:
            async for x in a():
                print("got", x)
        except Exception as e:
            print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
    x = g(); next(x)
    try:
        x.throw(StopIteration(2))
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))
asyncio.run(main())
x = g()
try:
    x.throw(StopIteration(4))
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
y = inner()
try:
    y.throw(StopIteration(6))
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
