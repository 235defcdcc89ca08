# Checks: cancelling a task blocked in get() removes it from the waiters; the other getters
# still receive items, including when the cancelled getter had already been woken.
import asyncio


async def getter(name, q):
    try:
        item = await q.get()
        print(f"{name} got {item}")
        return item
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter("a", q))
    b = asyncio.create_task(getter("b", q))
    c = asyncio.create_task(getter("c", q))
    await asyncio.sleep(0)
    print(str(q))
    b.cancel()
    await asyncio.sleep(0)
    print("after cancel:", str(q))
    q.put_nowait(1)
    q.put_nowait(2)
    r = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in r])

    # The wakeup of a getter cancelled after being woken passes to the next getter.
    d = asyncio.create_task(getter("d", q))
    e = asyncio.create_task(getter("e", q))
    await asyncio.sleep(0)
    q.put_nowait("only")
    d.cancel()
    r = await asyncio.gather(d, e, return_exceptions=True)
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in r])
    print("final:", str(q))


asyncio.run(main())
