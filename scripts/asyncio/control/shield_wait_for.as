# wait_for around shield: the timeout raises TimeoutError but only the shield's outer
# future is cancelled; the inner task finishes and can still be awaited.
import asyncio


async def transfer(gate):
    print("transfer: start")
    await gate
    print("transfer: committed")
    return "ok"


async def main():
    gate = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(transfer(gate))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except TimeoutError:
        print("timed out; task cancelled?", t.cancelled(), "done?", t.done())
    gate.set_result(None)
    print("result:", await t)


asyncio.run(main())
