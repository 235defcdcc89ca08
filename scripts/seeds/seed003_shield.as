# Seed 003 ("Shielding From Cancellation"): res = await shield(something()) behaves like
# await something(), except that cancelling the caller does not cancel something(): the caller
# gets CancelledError (here caught, res = None) while something() runs to its end. If the inner
# task is cancelled from elsewhere, the shield() awaiter gets CancelledError too.
import asyncio

async def something(tag):
    print(f"{tag}: start")
    await asyncio.sleep(1)
    print(f"{tag}: done")
    return f"{tag} value"

async def caller(tag):
    try:
        res = await asyncio.shield(something(tag))
    except asyncio.CancelledError:
        res = None
    print(f"caller({tag}) res = {res!r}")
    return res

async def main():
    print("plain:", await caller("a"))

    t = asyncio.create_task(caller("b"))
    await asyncio.sleep(0.5)
    t.cancel()
    print("caller b returned", await t, "cancelled():", t.cancelled())
    await asyncio.sleep(1)   # something("b") finishes meanwhile

    inner = asyncio.create_task(something("c"))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.5)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("shield raised CancelledError; outer.cancelled():", outer.cancelled())

asyncio.run(main())
