# asyncscript-only: the virtual clock of golden tests: an hour of sleeping passes at once,
# the order of events is kept, and the wall clock starts at 2000-01-01 00:00:00 UTC.
import asyncio
import time

start = time.time()
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(start)) if hasattr(time, "gmtime") else int(start))


async def tick(name, delay):
    await asyncio.sleep(delay)
    print(name, round(time.time() - start))


async def main():
    await asyncio.gather(tick("hour", 3600), tick("minute", 60), tick("day", 86400))


asyncio.run(main())
waited = time.monotonic()
time.sleep(30)
print("time.sleep passes too:", round(time.monotonic() - waited))
