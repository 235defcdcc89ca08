# A coroutine object can be awaited only once: awaiting it again raises
# RuntimeError("cannot reuse already awaited coroutine"); the body does not run again.
import asyncio

async def once():
    print("once: body runs")
    return 1

async def main():
    c = once()
    print("first await:", await c)
    try:
        await c
    except RuntimeError as e:
        print("second await: RuntimeError:", e)
    c2 = once()
    t = asyncio.create_task(c2)
    await t
    try:
        await c2
    except RuntimeError as e:
        print("after task ran it: RuntimeError:", e)

asyncio.run(main())
