# asyncio docs, shield: the shielded task goes on when the outer await is cancelled.
import asyncio

async def something(log):
    await asyncio.sleep(0.05)
    log.append("something finished")
    return "res"

async def waiter(log, inner):
    try:
        res = await asyncio.shield(inner)
        log.append(f"waiter got {res}")
    except asyncio.CancelledError:
        log.append("waiter cancelled; inner still running: " + str(not inner.done()))
        raise

async def main():
    log = []
    inner = asyncio.create_task(something(log))
    w = asyncio.create_task(waiter(log, inner))
    await asyncio.sleep(0.02)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        log.append("main: waiter is cancelled")
    print(await inner)
    print("\n".join(log))
    f = asyncio.shield(asyncio.sleep(0.01, result=7))
    print(await f)
    done = asyncio.get_running_loop().create_future()
    done.set_result(3)
    print(asyncio.shield(done) is done)

asyncio.run(main())
