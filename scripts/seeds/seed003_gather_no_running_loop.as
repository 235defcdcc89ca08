# Seed 003 ("Running Tasks Concurrently", deprecation note): gather() called with no running
# event loop. With no arguments it returns an already finished Future whose result is [];
# with coroutines it schedules them on the current loop, run here with run_until_complete().
import asyncio

f = asyncio.gather()
print(type(f).__name__, f.done(), f.result())

async def c(n):
    await asyncio.sleep(0.1)
    return n * 10

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
g = asyncio.gather(c(1), c(2))
print(loop.run_until_complete(g))
loop.close()
