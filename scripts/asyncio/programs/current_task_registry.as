# current_task/all_tasks, task names, set_name, get_coro.
import asyncio


async def worker(n, registry):
    me = asyncio.current_task()
    registry[me.get_name()] = n
    await asyncio.sleep(0.01 * n)
    return me.get_name()


async def main():
    main_task = asyncio.current_task()
    print("main name:", main_task.get_name())
    registry = {}
    tasks = [asyncio.create_task(worker(n, registry), name=f"w{n}") for n in range(3)]
    print("all tasks:", len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("registry:", dict(sorted(registry.items())))
    print(await asyncio.gather(*tasks))
    print("remaining:", [t.get_name() for t in asyncio.all_tasks()])
    tasks[0].set_name("renamed")
    print(tasks[0].get_name(), tasks[0].get_coro().__name__, tasks[0].done())
    t = asyncio.create_task(asyncio.sleep(0), name="sleeper")
    print("sleeper coroutine:", t.get_coro().__qualname__)
    await t
    auto = asyncio.create_task(worker(9, {}))
    print(auto.get_name().startswith("Task-"))
    auto.cancel()
    try:
        await auto
    except asyncio.CancelledError:
        print("auto cancelled")


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
