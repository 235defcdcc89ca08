# cancel(msg): the message is the argument of the CancelledError raised inside the task and of
# the one seen by the awaiter; without a message the args are empty.
import asyncio

async def victim(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(f"{name}: inside, args = {e.args}")
        raise

async def main():
    a = asyncio.create_task(victim("a"))
    b = asyncio.create_task(victim("b"))
    await asyncio.sleep(0)
    a.cancel("stop now")
    b.cancel()
    for t in (a, b):
        try:
            await t
        except asyncio.CancelledError as e:
            print(f"awaiter: args = {e.args}, str = {str(e)!r}")

    c = asyncio.create_task(victim("c"))
    c.cancel(msg="before start")
    try:
        await c
    except asyncio.CancelledError as e:
        print("never started: args =", e.args)

asyncio.run(main())
