# Checks: asyncio.Barrier (new in 3.11): wait() returns each task's arrival index once all
# parties arrived; the barrier is reusable; abort() breaks it with BrokenBarrierError.
import asyncio


async def worker(name, barrier, log):
    idx = await barrier.wait()
    log.append((name, idx))
    return idx


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    log = []
    ts = [asyncio.create_task(worker(f"w{i}", b, log)) for i in range(2)]
    await asyncio.sleep(0)
    print("waiting:", b.n_waiting, log)
    ts.append(asyncio.create_task(worker("w2", b, log)))
    print(sorted(await asyncio.gather(*ts)), log)
    print("after:", b.n_waiting, b.broken)

    # Second round on the same barrier.
    log.clear()
    print(sorted(await asyncio.gather(*(worker(f"r{i}", b, log) for i in range(3)))))

    t = asyncio.create_task(worker("lonely", b, log))
    await asyncio.sleep(0)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e, b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("after abort:", e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)


asyncio.run(main())
