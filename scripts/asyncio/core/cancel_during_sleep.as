# Cancelling a task while it sleeps raises CancelledError at its await; its finally runs; the
# task that cancelled it sees cancelled() True once it has finished.
import asyncio

async def sleeper():
    print("sleeper: going to sleep")
    try:
        await asyncio.sleep(10)
        print("sleeper: woke up normally (never)")
    except asyncio.CancelledError:
        print("sleeper: CancelledError at the await")
        raise
    finally:
        print("sleeper: finally")

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.1)
    print("main: cancel ->", t.cancel())
    print("main: cancelled() right after cancel():", t.cancelled())
    try:
        await t
    except asyncio.CancelledError:
        print("main: await t raised CancelledError")
    print("main: cancelled() =", t.cancelled(), "done() =", t.done())

asyncio.run(main())
