# Fire-and-forget tasks (create_task on a line of its own) that fail: reported as they finish, to a custom handler.
import asyncio

def handler(loop, ctx):
    print("HANDLER:", ctx["message"], repr(ctx["exception"]))

async def failing(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"fire-and-forget {n}")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(failing(1))
    asyncio.get_running_loop().create_task(failing(2))
    asyncio.ensure_future(failing(4))
    kept = asyncio.create_task(failing(3))
    await asyncio.sleep(0.1)
    print("main: all failed")
    print("kept:", repr(kept.exception()))
    asyncio.create_task(failing(0))
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            try:
                await t
            except ValueError as e:
                print("awaited orphan:", e)
    print("main ends")

asyncio.run(main())
