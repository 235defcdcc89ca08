# A task cancelled with a message: only the first await gets CancelledError(msg); later awaits, result() and gather(return_exceptions=True) get a bare one, as CPython.
import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel("go away")
    for i in range(3):
        try:
            await t
        except asyncio.CancelledError as e:
            print(i, repr(e))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception", repr(e))
    print(await asyncio.gather(t, return_exceptions=True))
    f = asyncio.get_running_loop().create_future()
    f.cancel("fmsg")
    print(await asyncio.gather(f, return_exceptions=True))
    try:
        await f
    except asyncio.CancelledError as e:
        print("fut", repr(e))
asyncio.run(main())
