# asyncio docs, "Coroutines": say_after run sequentially, then concurrently with tasks and TaskGroup.
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main_sequential():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print("started")
    await say_after(0.05, 'hello')
    await say_after(0.1, 'world')
    print("finished", round(loop.time() - start, 1))

async def main_tasks():
    task1 = asyncio.create_task(say_after(0.05, 'hello'))
    task2 = asyncio.create_task(say_after(0.1, 'world'))
    print("started tasks")
    await task1
    await task2
    print("finished tasks", task1.result(), task2.done())

async def main_group():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(say_after(0.05, 'hello'))
        task2 = tg.create_task(say_after(0.1, 'world'))
        print("started group")
    print(f"Both tasks have completed now: {task1.result()}, {task2.result()}")

asyncio.run(main_sequential())
asyncio.run(main_tasks())
asyncio.run(main_group())
print(type(main_group()).__name__ if False else "done")
