# asyncio docs, wait(): FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout, pending tasks.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    tasks = [asyncio.create_task(job(f"j{i}", 0.02 * (i + 1)), name=f"j{i}") for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("rest:", names(done), names(pending), sorted(t.result() for t in done))

    tasks = [asyncio.create_task(job("ok", 0.02), name="ok"),
             asyncio.create_task(job("bad", 0.04, True), name="bad"),
             asyncio.create_task(job("slow", 0.2), name="slow")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in tasks])

    tasks = [asyncio.create_task(job("a", 0.02)), asyncio.create_task(job("b", 0.3))]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    try:
        await asyncio.wait([job("x", 0)])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks, return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
