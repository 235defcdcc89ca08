# Checks: a bounded buffer built from one Condition: producers wait while it is full, consumers
# while it is empty (wait_for with notify_all).
import asyncio


async def producer(cond, buf, name, n):
    for i in range(n):
        async with cond:
            await cond.wait_for(lambda: len(buf) < 2)
            buf.append(f"{name}{i}")
            print("produced", buf[-1], buf)
            cond.notify_all()


async def consumer(cond, buf, n, out):
    for _ in range(n):
        async with cond:
            await cond.wait_for(lambda: buf)
            out.append(buf.pop(0))
            cond.notify_all()


async def main():
    cond = asyncio.Condition()
    buf, out = [], []
    await asyncio.gather(producer(cond, buf, "p", 4), producer(cond, buf, "q", 4),
                         consumer(cond, buf, 8, out))
    print(out)


asyncio.run(main())
