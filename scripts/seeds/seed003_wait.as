# Seed 003 ("Waiting Primitives"): done, pending = await asyncio.wait(aws) with the three
# return_when constants and a timeout (no TimeoutError, unfinished tasks are returned in pending
# and not cancelled). The aws iterable must not be empty, and since 3.11 coroutines are refused.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    aws = [asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    done, pending = await asyncio.wait(aws)
    print("ALL_COMPLETED:", names(done), names(pending))

    aws = [asyncio.create_task(job(n, d), name=n) for n, d in [("d", 1.0), ("e", 0.1)]]
    done, pending = await asyncio.wait(aws, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED:", names(done), names(pending))
    await asyncio.wait(pending)

    aws = [asyncio.create_task(job("f", 0.2, fail=True), name="f"),
           asyncio.create_task(job("g", 1.0), name="g")]
    done, pending = await asyncio.wait(aws, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", names(done), names(pending))
    for t in done:
        print("  exception:", repr(t.exception()))

    slow = asyncio.create_task(job("h", 1.0), name="h")
    done, pending = await asyncio.wait([slow], timeout=0.1)
    print("timeout:", names(done), names(pending), "cancelled:", slow.cancelled())
    print("h result:", await slow)

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    coro = job("x", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()

asyncio.run(main())
