# Checks: get_nowait() on an empty Queue raises asyncio.QueueEmpty (an Exception subclass
# with an empty message); put_nowait() on a full one raises asyncio.QueueFull.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty:", repr(e), repr(str(e)), type(e).__name__)
        print(isinstance(e, Exception), issubclass(asyncio.QueueEmpty, Exception))
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull as e:
        print("QueueFull:", repr(e), type(e).__name__, e.args)
    print(q.get_nowait())
    for exc in (asyncio.QueueEmpty, asyncio.QueueFull):
        print(exc.__name__, exc.__mro__[1].__name__)
    try:
        q.get_nowait()
    except Exception as e:
        print("caught as Exception:", type(e).__name__)
    # Unbounded queues are never full.
    u = asyncio.Queue()
    for i in range(1000):
        u.put_nowait(i)
    print(u.full(), u.qsize())


asyncio.run(main())
