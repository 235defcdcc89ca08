# Nested TaskGroups: a failure in the inner group is an ExceptionGroup inside the outer
# group, which cancels the outer siblings and nests the group in its own.
import asyncio


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("deep")


async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(slow(log))
            outer.create_task(inner_group())
    except ExceptionGroup as eg:
        print(repr(eg))
        print(type(eg.exceptions[0]).__name__, eg.exceptions[0].exceptions)
    print(log)
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner_group())
    except* ValueError as eg:
        print("except* reaches the nested ValueError:", repr(eg))


asyncio.run(main())
