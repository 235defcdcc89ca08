# gather(return_exceptions=True) waits for everything and puts exceptions in the result list at
# their argument position, including a cancelled child's CancelledError (built with an empty
# message by gather itself); the gather itself does not raise.
import asyncio

async def value(v):
    await asyncio.sleep(0.1)
    return v

async def error(exc):
    await asyncio.sleep(0.05)
    raise exc

async def main():
    victim = asyncio.create_task(value("never"))
    victim.cancel()
    results = await asyncio.gather(value(1), error(KeyError("k")), value(3),
                                   error(ZeroDivisionError("zero")), victim,
                                   return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))

asyncio.run(main())
