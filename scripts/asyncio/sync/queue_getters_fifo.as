# Checks: tasks blocked in get() are served in the order they started waiting, one item each.
import asyncio


async def getter(name, q):
    print(f"{name} waiting")
    item = await q.get()
    print(f"{name} got {item}")


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(f"g{i}", q)) for i in range(4)]
    await asyncio.sleep(0)
    print(str(q))
    for item in "wxyz":
        q.put_nowait(item)
    print("all put:", str(q))
    await asyncio.gather(*tasks)
    print(str(q))

    # Items put one at a time with yields in between.
    tasks = [asyncio.create_task(getter(f"h{i}", q)) for i in range(3)]
    await asyncio.sleep(0)
    for item in range(3):
        await q.put(item)
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)


asyncio.run(main())
