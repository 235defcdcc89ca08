# Checks: cancelling a task blocked in put() on a full queue drops its item; the other
# putters still get in, in order.
import asyncio


async def putter(name, q, item):
    try:
        await q.put(item)
        print(f"{name} put {item}")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    q = asyncio.Queue(1)
    q.put_nowait(0)
    ps = [asyncio.create_task(putter(f"p{i}", q, i)) for i in range(1, 4)]
    await asyncio.sleep(0)
    print(str(q))
    ps[0].cancel()
    await asyncio.sleep(0)
    print(str(q))
    got = []
    for _ in range(3):
        got.append(await q.get())
        await asyncio.sleep(0)
    print(got, q.empty())
    r = await asyncio.gather(*ps, return_exceptions=True)
    print([type(x).__name__ for x in r])

    # Cancelled right after being woken: the wakeup goes to the next putter.
    q.put_nowait("full")
    x = asyncio.create_task(putter("x", q, "X"))
    y = asyncio.create_task(putter("y", q, "Y"))
    await asyncio.sleep(0)
    print(q.get_nowait())
    x.cancel()
    await asyncio.gather(x, y, return_exceptions=True)
    print(str(q))


asyncio.run(main())
