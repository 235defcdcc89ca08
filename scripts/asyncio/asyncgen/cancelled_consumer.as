# A task cancelled inside the body of an async for drops the loop's async generator: it is
# finalized; one left behind by a task still running when asyncio.run ends is closed after
# that task is cancelled.
import asyncio

async def gen(tag):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(tag, "finally", asyncio.current_task().get_name())

async def consumer():
    try:
        async for x in gen("consumer"):
            await asyncio.sleep(10)
    finally:
        print("consumer finally")

async def body_awaits_and_cancelled():
    t = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled")
    await asyncio.sleep(0)
    print("after")
    await asyncio.sleep(0)
    print("after 2")

async def leftover():
    async for x in gen("leftover"):
        await asyncio.sleep(10)

async def main():
    await body_awaits_and_cancelled()
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(main())
print("done")
