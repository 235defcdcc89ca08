# asyncio.shield: cancelling the task that awaits a shielded task raises CancelledError in
# the awaiter, while the inner task runs on to completion.
import asyncio


async def important(gate):
    print("important: start")
    await gate
    print("important: done")
    return "saved"


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller: cancelled, inner done?", inner.done())
        raise


async def main():
    gate = asyncio.get_running_loop().create_future()
    inner = asyncio.create_task(important(gate))
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("main: caller cancelled")
    print("inner cancelled:", inner.cancelled())
    gate.set_result(None)
    print("inner result:", await inner)


asyncio.run(main())
