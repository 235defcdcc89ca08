# asyncio docs, task introspection: current_task, all_tasks, names, get_coro, done callbacks, repr bits.
import asyncio

async def worker(n):
    await asyncio.sleep(0.02 * n)
    return n

async def main():
    me = asyncio.current_task()
    print(me.get_name(), me.get_coro().__name__, me.get_coro().__qualname__)
    tasks = [asyncio.create_task(worker(i), name=f"worker-{i}") for i in range(1, 4)]
    others = asyncio.all_tasks() - {me}
    print(sorted(t.get_name() for t in others))
    tasks[0].set_name("renamed")
    tasks[1].set_name(12345)
    print(tasks[0].get_name(), repr(tasks[1].get_name()))
    print(tasks[2].get_coro().cr_code.co_name, type(tasks[2].get_coro()).__name__)
    print(tasks[0].get_loop() is asyncio.get_running_loop())
    got = []
    tasks[0].add_done_callback(lambda t: got.append(("cb", t.get_name(), t.result())))
    print(tasks[0].remove_done_callback(print))
    await asyncio.gather(*tasks)
    await asyncio.sleep(0)
    print(got)
    print(len(asyncio.all_tasks()), asyncio.current_task() is me)
    print(tasks[0].get_stack())
    t = asyncio.create_task(worker(0))
    print(t.get_name().startswith("Task-"))
    await t
    print(asyncio.current_task(asyncio.get_running_loop()) is me)

print(asyncio.current_task.__name__)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())
