# A class whose __aiter__ is an async generator function: the generator it makes for an
# async for is finalized when the loop breaks off, as one made by a call.
import asyncio


class Stream:
    def __init__(self, n):
        self.n = n

    async def __aiter__(self):
        try:
            for i in range(self.n):
                yield i
        finally:
            print("stream closed")


async def main():
    async for x in Stream(5):
        print(x)
        if x == 1:
            break
    print("broke")
    await asyncio.sleep(0)
    print("slept")
    await asyncio.sleep(0)
    print("slept again")


asyncio.run(main())
