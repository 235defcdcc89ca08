# Seed 003 ("Introspection"): current_task() returns the running Task (None outside a task is
# not reachable: without a running loop it raises RuntimeError); all_tasks() returns the set of
# not yet finished tasks of the running loop.
import asyncio

async def child(n):
    await asyncio.sleep(0.5 * n)
    return asyncio.current_task().get_name()

async def main():
    me = asyncio.current_task()
    print("current:", me.get_name(), type(me).__name__)
    tasks = [asyncio.create_task(child(n), name=f"child-{n}") for n in (1, 2, 3)]
    print("all_tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await tasks[0])
    print("all_tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await asyncio.gather(*tasks))
    print("all_tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print(me in asyncio.all_tasks())

asyncio.run(main())
for f in (asyncio.current_task, asyncio.all_tasks):
    try:
        f()
    except RuntimeError as e:
        print(f.__name__, "RuntimeError:", e)
