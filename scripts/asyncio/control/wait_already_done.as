# asyncio.wait on tasks and futures that are already finished still yields to the loop once,
# and a duplicate in the collection counts once.
import asyncio


async def job(n):
    return n


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(2))
    await asyncio.sleep(0)
    print("done before wait:", t1.done(), t2.done())
    tick = asyncio.create_task(ticker())
    done, pending = await asyncio.wait([t1, t2, t1])
    print("after wait", len(done), len(pending))
    await tick


asyncio.run(main())
