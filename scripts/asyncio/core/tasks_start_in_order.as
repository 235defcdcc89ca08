# Tasks created in order start in that order (FIFO ready queue), and each runs until its first
# await before the next one starts; they then resume in the order they suspended.
import asyncio

async def worker(name):
    print(f"{name}: start")
    await asyncio.sleep(0)
    print(f"{name}: step 2")
    await asyncio.sleep(0)
    print(f"{name}: end")

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in ["A", "B", "C", "D"]]
    print("main: created", len(tasks))
    await asyncio.gather(*tasks)
    print("main: all done")

asyncio.run(main())
