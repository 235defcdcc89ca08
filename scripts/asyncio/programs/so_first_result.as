# StackOverflow: "return the first successful result and cancel the rest" with wait(FIRST_COMPLETED).
import asyncio

async def mirror(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(name)
    return name

async def first_success(coros):
    pending = {asyncio.create_task(c) for c in coros}
    errors = []
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            if t.exception() is None:
                for p in pending:
                    p.cancel()
                await asyncio.gather(*pending, return_exceptions=True)
                return t.result(), errors
            errors.append(repr(t.exception()))
    raise ExceptionGroup("all failed", [ConnectionError(e) for e in errors])

async def main():
    print(await first_success([mirror("eu", 0.02, True), mirror("us", 0.05), mirror("asia", 0.08)]))
    try:
        await first_success([mirror("a", 0.02, True), mirror("b", 0.04, True)])
    except ExceptionGroup as eg:
        print(eg.message, [str(e) for e in eg.exceptions])
    print(len(asyncio.all_tasks()))

asyncio.run(main())
