# Future.set_exception(): awaiting the future raises the exception; exception() returns it;
# passing an exception class instantiates it; StopIteration is refused with TypeError.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_exception, KeyError("missing"))
    try:
        await f
    except KeyError as e:
        print("await raised", repr(e))
    print("exception():", repr(f.exception()))

    g = loop.create_future()
    g.set_exception(ValueError)
    print("class given:", repr(g.exception()))

    h = loop.create_future()
    try:
        h.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    print("h still pending:", not h.done())

asyncio.run(main())
