# A task raising a BaseException subclass: it stops the loop and comes out of asyncio.run.
import asyncio


class Shutdown(BaseException):
    pass


async def worker():
    await asyncio.sleep(0.01)
    raise Shutdown("stop everything")


async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print("other finally")


async def main():
    asyncio.create_task(other())
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    print("not reached")


try:
    asyncio.run(main())
except Shutdown as e:
    print("caught Shutdown:", e)
print("end")
