# Task names, current_task, all_tasks, done callbacks, iscoroutine/iscoroutinefunction, coroutine names.
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    tasks = [asyncio.create_task(worker(i), name=f"worker-{i}") for i in range(3)]
    me = asyncio.current_task()
    print(me.get_name(), [t.get_name() for t in tasks])
    print(len(asyncio.all_tasks()), all(not t.done() for t in tasks))
    tasks[0].set_name("renamed")
    await asyncio.sleep(0.015)
    print([(t.get_name(), t.done()) for t in tasks])
    results = []
    def on_done(t):
        results.append((t.get_name(), t.result()))
    for t in tasks:
        t.add_done_callback(on_done)
    await asyncio.wait(tasks)
    await asyncio.sleep(0)
    print(sorted(results))
    t = asyncio.create_task(worker(1))
    print(t.get_name().startswith("Task-"), isinstance(t, asyncio.Future), asyncio.isfuture(t), asyncio.iscoroutine(worker(0)))
    await t
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(print))
    coro = worker(0)
    print(type(coro).__name__, coro.__name__, coro.__qualname__)
    await coro
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(lambda fut: print("future cb:", fut.result()))
    f.set_result("ok")
    await asyncio.sleep(0)
    print(f.done(), f.result())
    async def fails():
        raise ValueError("x")
    ft = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(ft.done(), repr(ft.exception()))

asyncio.run(main())
