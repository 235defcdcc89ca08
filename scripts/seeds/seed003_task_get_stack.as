# Seed 003 ("Task Object", get_stack()): one frame (where it is suspended) for a pending task,
# none for a task that returned or was cancelled, the traceback frames for a task that raised.
# (print_stack() is left out: see docs/seeds.md.)
import asyncio

async def inner():
    raise ValueError("deep")

async def outer():
    await inner()

async def sleeper():
    await asyncio.sleep(1)
    return 1

def describe(t):
    return [f.f_code.co_name for f in t.get_stack()]

async def main():
    s = asyncio.create_task(sleeper())
    f = asyncio.create_task(outer())
    c = asyncio.create_task(sleeper())
    await asyncio.sleep(0.1)
    c.cancel()
    print("pending:", describe(s))
    await asyncio.wait([s, f, c])
    print("returned:", describe(s))
    print("raised:", describe(f), repr(f.exception()))
    print("raised, limit=1:", [fr.f_code.co_name for fr in f.get_stack(limit=1)])
    print("cancelled:", describe(c))

asyncio.run(main())
