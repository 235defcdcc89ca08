# asyncio docs, Barrier: three parties, wait() index, n_waiting, parties, broken, abort, reset.
import asyncio

async def example_barrier():
    b = asyncio.Barrier(3)
    log = []
    async def party(n):
        await asyncio.sleep(0.02 * n)
        idx = await b.wait()
        log.append((n, idx))
    tasks = [asyncio.create_task(party(i)) for i in range(2)]
    await asyncio.sleep(0.06)
    print(repr(b).split(" [")[1])
    print("waiting", b.n_waiting, "parties", b.parties, "broken", b.broken)
    async with b as pos:
        print("main passed barrier at", pos)
    await asyncio.gather(*tasks)
    print(sorted(log))
    print(repr(b).split(" [")[1])

    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0.02)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", type(e).__mro__[1].__name__, b2.broken)
    await b2.reset()
    print("after reset", b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(example_barrier())
