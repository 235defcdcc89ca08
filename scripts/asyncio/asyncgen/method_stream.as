# An async for over an async generator method's call finalizes it on break, as over a
# function's.
import asyncio

class S:
    async def stream(self):
        try:
            yield 1
            yield 2
        finally:
            print("stream finally")

async def main():
    s = S()
    async for x in s.stream():
        break
    print("a")
    await asyncio.sleep(0)
    print("b")
    await asyncio.sleep(0)
    print("c")

asyncio.run(main())
