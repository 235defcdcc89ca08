# asyncio.Runner (3.11): several run() calls on one loop, get_loop, close, context manager.
import asyncio

async def step(n):
    await asyncio.sleep(0.01)
    return n * 2

with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    loop = runner.get_loop()
    print(loop.is_closed(), loop.is_running())
print(loop.is_closed())
r = asyncio.Runner()
print(r.run(step(5)))
r.close()
try:
    r.run(step(6))
except RuntimeError as e:
    print("RuntimeError:", e)
