# Several tasks awaiting the same future are woken in the order they started waiting (their
# done callbacks run FIFO); tasks sleeping for the same delay wake in the order they slept.
import asyncio

async def wait_on(fut, name):
    v = await fut
    print(name, "woke with", v)

async def nap(name):
    await asyncio.sleep(0.2)
    print(name, "woke from nap")

async def main():
    fut = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(wait_on(fut, n)) for n in ("w3", "w1", "w2")]
    await asyncio.sleep(0)
    fut.set_result("go")
    await asyncio.gather(*tasks)
    await asyncio.gather(*(nap(n) for n in ("n1", "n2", "n3", "n4")))

asyncio.run(main())
