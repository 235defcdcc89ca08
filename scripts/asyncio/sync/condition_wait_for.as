# Checks: wait_for(predicate) returns the predicate's value as soon as it is true (at once if
# already true), re-checking it after every notify.
import asyncio


async def consumer(cond, items, name):
    await cond.acquire()
    try:
        got = await cond.wait_for(lambda: len(items) >= 3 and items[:3])
        print(f"{name}: predicate value {got}")
        del items[:3]
    finally:
        cond.release()


async def main():
    cond = asyncio.Condition()
    items = []
    c1 = asyncio.create_task(consumer(cond, items, "c1"))
    c2 = asyncio.create_task(consumer(cond, items, "c2"))
    await asyncio.sleep(0)
    for i in range(6):
        await cond.acquire()
        items.append(i)
        print("appended", i)
        cond.notify_all()
        cond.release()
        await asyncio.sleep(0)
    await asyncio.gather(c1, c2)
    print("left:", items)
    await cond.acquire()
    print(await cond.wait_for(lambda: "already"))
    cond.release()


asyncio.run(main())
