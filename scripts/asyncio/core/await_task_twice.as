# A task can be awaited any number of times, by several awaiters: each gets the same result
# (or the same exception); the body runs only once.
import asyncio

runs = 0

async def work():
    global runs
    runs += 1
    await asyncio.sleep(0.1)
    return [1, 2, 3]

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("once")

async def waiter(name, t):
    r = await t
    print(name, "got", r)
    return r

async def main():
    t = asyncio.create_task(work())
    a, b = await asyncio.gather(waiter("w1", t), waiter("w2", t))
    print("same object:", a is b, "third await:", await t, "runs:", runs)
    f = asyncio.create_task(fail())
    for i in range(2):
        try:
            await f
        except ValueError as e:
            print("await", i, "raised", repr(e))

asyncio.run(main())
