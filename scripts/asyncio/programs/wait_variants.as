# asyncio.wait: timeout, FIRST_COMPLETED, FIRST_EXCEPTION and its argument errors.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    mk = lambda: [asyncio.create_task(job(n, d, f), name=n) for n, d, f in
                  [("a", 0.1, False), ("b", 0.2, True), ("c", 0.3, False), ("d", 0.4, False)]]
    tasks = mk()
    done, pending = await asyncio.wait(tasks, timeout=0.25)
    print("timeout: done", names(done), "pending", names(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    await asyncio.wait(pending)

    tasks = mk()
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception: done", names(done), "pending", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.get_name(), "->", repr(t.exception()) if t.exception() else t.result())
    for t in pending:
        t.cancel()
    done, _ = await asyncio.wait(pending)
    print("cancelled:", [t.cancelled() for t in sorted(done, key=lambda t: t.get_name())])

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(asyncio.create_task(job("x", 0)))
    except TypeError as e:
        print("TypeError:", e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
