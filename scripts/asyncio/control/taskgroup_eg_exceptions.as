# asyncio.TaskGroup collecting several child failures (two children failing in the same
# loop iteration) into one ExceptionGroup, caught with `except ExceptionGroup`; its message
# counts the sub-exceptions.
import asyncio


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0, ValueError("first")))
            tg.create_task(fail(0, TypeError("second")))
            tg.create_task(fail(10, KeyError("never")))
    except ExceptionGroup as eg:
        print(type(eg).__name__)
        print(eg.exceptions)
        print(str(eg))
        print(eg.message)
        print(eg.__cause__, eg.__suppress_context__)


asyncio.run(main())
