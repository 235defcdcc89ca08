# gather with and without return_exceptions, as_completed, wait with a timeout, cancelling a gather.
import asyncio

async def work(name, delay, fail=False):
    print(f"{name} start")
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} end")
    return name.upper()

async def main():
    print(await asyncio.gather(work("a", 0.02), work("b", 0.01)))
    try:
        await asyncio.gather(work("c", 0.01, fail=True), work("d", 0.03))
    except ValueError as e:
        print("gather raised:", e)
    await asyncio.sleep(0.05)
    res = await asyncio.gather(work("e", 0.01, True), work("f", 0.02), return_exceptions=True)
    print(res)
    tasks = [asyncio.create_task(work(n, d)) for n, d in [("g", 0.03), ("h", 0.01), ("i", 0.02)]]
    for coro in asyncio.as_completed(tasks):
        print("completed:", await coro)
    done, pending = await asyncio.wait([asyncio.create_task(work("j", 0.01)), asyncio.create_task(work("k", 0.1))], timeout=0.05)
    print(len(done), len(pending), [t.result() for t in done])
    for p in pending:
        p.cancel()
    done, pending = await asyncio.wait(pending)
    print([t.cancelled() for t in done])
    g = asyncio.gather(work("l", 0.5), work("m", 0.5))
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    outer = asyncio.gather()
    print(await outer)
    print(await asyncio.gather(*[asyncio.sleep(0.001 * i, result=i) for i in range(5)]))

asyncio.run(main())
