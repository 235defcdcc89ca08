# A task cancelled before it ever ran never executes its body (not even a try/finally in it):
# awaiting it raises CancelledError and cancelled() is True.
import asyncio

async def body():
    try:
        print("body: this never prints")
        await asyncio.sleep(1)
    finally:
        print("body: finally never prints either")

async def main():
    t = asyncio.create_task(body())
    print("cancel() ->", t.cancel())
    print("done right after cancel():", t.done(), "cancelled():", t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError")
    print("done:", t.done(), "cancelled:", t.cancelled())

asyncio.run(main())
