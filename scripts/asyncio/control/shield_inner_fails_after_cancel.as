# asyncio.shield: once the outer future is cancelled the inner task runs on unobserved, so
# its later exception is nobody's and is reported as "Task exception was never retrieved".
import asyncio


async def doomed(gate):
    await gate
    print("doomed: raising")
    raise ValueError("late failure")


async def main():
    gate = asyncio.get_running_loop().create_future()
    outer = asyncio.shield(doomed(gate))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    gate.set_result(None)
    await asyncio.sleep(0.01)
    print("end")


asyncio.run(main())
