# An async for left by return, or by an exception raised in its body, finalizes the async
# generator it made, as a break does.
import asyncio


async def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "finally")


async def first_item():
    async for x in gen("return"):
        return x


async def failing():
    async for x in gen("raise"):
        raise ValueError(x)


async def main():
    print("got", await first_item())
    try:
        await failing()
    except ValueError as e:
        print("caught", e)
    print("before sleep")
    await asyncio.sleep(0)
    print("after sleep")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
