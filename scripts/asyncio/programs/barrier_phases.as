# asyncio.Barrier coordinating phased workers; abort, reset, BrokenBarrierError.
import asyncio


async def worker(name, barrier, delays):
    for phase, d in enumerate(delays):
        await asyncio.sleep(d)
        print(f"{name} finished phase {phase}")
        idx = await barrier.wait()
        if idx == 0:
            print(f"-- phase {phase} complete (released by {name})")


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    await asyncio.gather(
        worker("A", barrier, [0.1, 0.35]),
        worker("B", barrier, [0.2, 0.15]),
        worker("C", barrier, [0.3, 0.05]),
    )
    b2 = asyncio.Barrier(2)

    async def lonely():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError:
            print("barrier broken while waiting")

    t = asyncio.create_task(lonely())
    await asyncio.sleep(0.01)
    print("waiting:", b2.n_waiting)
    await b2.abort()
    await t
    print("broken:", b2.broken)
    await b2.reset()
    print("after reset broken:", b2.broken)
    async with asyncio.timeout(1):
        r = await asyncio.gather(b2.wait(), b2.wait())
    print(sorted(r))


asyncio.run(main())
