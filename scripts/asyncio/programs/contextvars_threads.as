# Context variables seen by to_thread and run_in_executor workers, and create_task(context=).
import asyncio
import contextvars
import threading

user = contextvars.ContextVar("user", default="anonymous")
trace = contextvars.ContextVar("trace")


def blocking_lookup(key):
    return f"{key} looked up by {user.get()} trace={trace.get('none')}"


async def handle(name):
    user.set(name)
    trace.set(f"t-{name}")
    r = await asyncio.to_thread(blocking_lookup, "profile")
    loop = asyncio.get_running_loop()
    r2 = await loop.run_in_executor(None, blocking_lookup, "settings")
    return r, r2


async def main():
    results = await asyncio.gather(handle("alice"), handle("bob"))
    for r in results:
        print(r)
    print("main sees:", user.get())
    ctx = contextvars.copy_context()
    ctx.run(user.set, "carol")
    t = asyncio.create_task(asyncio.to_thread(blocking_lookup, "x"), context=ctx)
    print(await t)
    print(user.get())


asyncio.run(main())
