# Nested async for loops over async generators: breaking out of the outer one drops the
# inner generator's consumer; each dropped generator gets its own aclose() task.
import asyncio


async def inner(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("inner", n, "finally", asyncio.current_task().get_name())


async def outer():
    try:
        for n in range(2, 5):
            async for i in inner(n):
                if i == 1:
                    break
            yield n
    finally:
        print("outer finally", asyncio.current_task().get_name())


async def main():
    async for n in outer():
        print("outer yielded", n)
        if n == 3:
            break
    print("after outer break")
    for i in range(4):
        await asyncio.sleep(0)
        print("turn", i)


asyncio.run(main())
