# Checks: tasks blocked in put() on a full queue get in in the order they started waiting.
import asyncio


async def putter(name, q, item):
    print(f"{name} putting {item}")
    await q.put(item)
    print(f"{name} put {item}")


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    tasks = [asyncio.create_task(putter(f"p{i}", q, i)) for i in range(4)]
    await asyncio.sleep(0)
    print(str(q))
    while True:
        item = await q.get()
        print("got", item, str(q))
        if item == 3:
            break
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print("done", str(q))


asyncio.run(main())
