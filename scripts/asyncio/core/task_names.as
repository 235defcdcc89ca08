# Task names: name= at creation, set_name() later (any value is converted with str()), default
# names Task-N where N counts every task created: a task given a name still uses up a number.
import asyncio

async def report():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    a = asyncio.create_task(report(), name="alpha")
    b = asyncio.create_task(report())
    c = asyncio.create_task(report(), name=None)
    print(a.get_name(), b.get_name(), c.get_name())
    b.set_name("beta")
    c.set_name(3.5)
    print(await a, await b, await c)
    d = asyncio.get_running_loop().create_task(report(), name="delta")
    e = asyncio.ensure_future(report())
    print(await d, await e)
    e.set_name(("tuple", 1))
    print(repr(e.get_name()))

asyncio.run(main())
