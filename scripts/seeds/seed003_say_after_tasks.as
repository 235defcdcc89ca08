# Seed 003 ("Creating tasks"): the same two say_after() calls wrapped in tasks run concurrently,
# so the snippet finishes after 2 s instead of 3. The seed printed time.strftime('%X')
# (17:14:32 ... 17:14:34); here the seconds since the start are printed, rounded.
import asyncio
import time

t0 = time.perf_counter()

def now():
    return f"+{round(time.perf_counter() - t0)}s"

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    task1 = asyncio.create_task(
        say_after(1, 'hello'))

    task2 = asyncio.create_task(
        say_after(2, 'world'))

    print(f"started at {now()}")

    # Wait until both tasks are completed (should take
    # around 2 seconds.)
    await task1
    await task2

    print(f"finished at {now()}")
asyncio.run(main())
