# asyncio.TaskGroup whose body raises: the children are cancelled and awaited, then the
# body's exception is reported inside an ExceptionGroup.
import asyncio


async def child(n):
    try:
        await asyncio.sleep(10)
    finally:
        print("child", n, "finally")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            await asyncio.sleep(0.01)
            print("body raising")
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("caught:", repr(eg.exceptions[0]))
    try:
        async with asyncio.TaskGroup() as tg:
            raise KeyError("no children")
    except* KeyError as eg:
        print("caught:", eg.exceptions)


asyncio.run(main())
