# An @asynccontextmanager connection whose cleanup awaits: it still closes when the task is
# cancelled, when asyncio.timeout fires and when wait_for times out.
import asyncio
from contextlib import asynccontextmanager
@asynccontextmanager
async def conn(name):
    print("open", name)
    try:
        yield name
    finally:
        await asyncio.sleep(0.01)
        print("close", name)
async def worker():
    async with conn("w") as c:
        await asyncio.sleep(10)
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    try:
        async with asyncio.timeout(0.05):
            async with conn("t"):
                await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout", type(e).__name__)
    try:
        await asyncio.wait_for(worker(), 0.05)
    except asyncio.TimeoutError:
        print("wait_for timeout")
asyncio.run(main())
