# asyncio.TaskGroup: every child runs concurrently and the block exits once all of them
# are done; tasks created by children while the group waits also count.
import asyncio


async def job(n, delay):
    print("start", n)
    await asyncio.sleep(delay)
    print("end", n)
    return n * n


async def spawner(tg):
    await asyncio.sleep(0.01)
    print("spawning late child")
    tg.create_task(job(9, 0.05))
    return "spawned"


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1, 0.3))
        t2 = tg.create_task(job(2, 0.01))
        t3 = tg.create_task(spawner(tg))
        print("body done, children pending:", t1.done(), t2.done())
    print("after block:", t1.result(), t2.result(), t3.result())
    async with asyncio.TaskGroup() as empty:
        pass
    print("empty group ok")


asyncio.run(main())
