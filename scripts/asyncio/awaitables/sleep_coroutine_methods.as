# asyncio.sleep() returns a coroutine object: its close, send and throw work as a
# coroutine's, and a closed one cannot be awaited again.
import asyncio

closed = asyncio.sleep(1)
closed.close()
print("closed without a warning")

try:
    asyncio.sleep(1).throw(ValueError("thrown in before it started"))
except ValueError as e:
    print("throw:", e)

zero = asyncio.sleep(0)
print("send to sleep(0) yields:", zero.send(None))
zero.close()


async def main():
    print("task result:", await asyncio.create_task(asyncio.sleep(0.01, "done")))
    again = asyncio.sleep(0.01)
    again.close()
    try:
        await again
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("iscoroutine:", asyncio.iscoroutine(again))


asyncio.run(main())
