# Seed 003 ("Awaitables / Futures"): loop.run_in_executor() is the seed's example of a low-level
# function returning a Future: the result is an asyncio Future (not a coroutine) that can be
# awaited, also through gather().
import asyncio

def blocking(n):
    return n * n

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking, 7)
    print(asyncio.isfuture(fut), asyncio.iscoroutine(fut), type(fut).__name__)
    print(await fut)
    print(await asyncio.gather(loop.run_in_executor(None, blocking, 2),
                               loop.run_in_executor(None, blocking, 3)))

asyncio.run(main())
