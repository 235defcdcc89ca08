# asyncio.Runner: a context manager running several coroutines on one loop, get_loop, close,
# and its errors (closed, non-coroutine, inside a running loop).
import asyncio

async def hello(n):
    await asyncio.sleep(0.01)
    print("hello", n, asyncio.get_running_loop() is loop)
    return n * 2

async def bg():
    try:
        await asyncio.sleep(10)
    finally:
        print("bg cancelled at close")

with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(type(loop).__name__, loop.is_running(), loop.is_closed())
    print(runner.run(hello(1)))
    print(runner.run(hello(2)))
    async def start_bg():
        asyncio.create_task(bg())
        await asyncio.sleep(0)
    runner.run(start_bg())
    try:
        runner.run(42)
    except ValueError as e:
        print("ValueError:", e)
print(loop.is_closed())
try:
    runner.run(hello(3))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
runner.close()
r = asyncio.Runner(debug=True)
print(r.get_loop().get_debug())
r.close()
r.close()
r2 = asyncio.Runner()
r2.close()
async def nested():
    try:
        asyncio.Runner().run(hello(4))
    except RuntimeError as e:
        print("RuntimeError:", e)
asyncio.run(nested())
async def boom():
    raise KeyError("x")
with asyncio.Runner() as r3:
    try:
        r3.run(boom())
    except KeyError as e:
        print("KeyError", e)
print("done")
