# Cancelling background tasks on shutdown with suppress(CancelledError), and a
# contextmanager that tracks running tasks.
import asyncio
from contextlib import contextmanager, suppress

running = set()


@contextmanager
def tracked(name):
    running.add(name)
    try:
        yield
    finally:
        running.discard(name)
        print(f"{name} left, still running: {sorted(running)}")


async def heartbeat(name, every):
    with tracked(name):
        n = 0
        while True:
            await asyncio.sleep(every)
            n += 1
            print(f"{name} beat {n}")


async def main():
    tasks = [asyncio.create_task(heartbeat("fast", 0.3)), asyncio.create_task(heartbeat("slow", 0.5))]
    await asyncio.sleep(1.1)
    for t in tasks:
        t.cancel()
        with suppress(asyncio.CancelledError):
            await t
    print("all stopped:", [t.cancelled() for t in tasks], running)
    with suppress(ZeroDivisionError, KeyError):
        {}["x"]
    print("suppress returns after the block")


asyncio.run(main())
