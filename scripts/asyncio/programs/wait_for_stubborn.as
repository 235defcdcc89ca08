# wait_for on a task that ignores cancellation: wait_for waits for it and returns its result.
import asyncio

async def stubborn(log):
    for i in range(3):
        try:
            await asyncio.sleep(0.05)
            log.append(f"slept {i}")
            break
        except asyncio.CancelledError:
            log.append(f"ignored cancel {i}")
    return "stubborn result"

async def main():
    log = []
    try:
        r = await asyncio.wait_for(stubborn(log), 0.02)
        print("returned", r)
    except TimeoutError:
        print("timed out")
    print(log)
    log.clear()
    t = asyncio.create_task(stubborn(log))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.02)
    except TimeoutError:
        print("shielded wait_for timed out; task still running:", not t.done())
    print(await t, log)
    async def raises_on_cancel():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            raise ValueError("converted")
    try:
        await asyncio.wait_for(raises_on_cancel(), 0.02)
    except ValueError as e:
        print("ValueError from cancelled inner:", e)
    except TimeoutError:
        print("TimeoutError")

asyncio.run(main())
