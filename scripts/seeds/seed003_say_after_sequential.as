# Seed 003 ("Awaiting on a coroutine"): awaiting say_after(1) then say_after(2) runs them one
# after the other (3 s in all). The seed printed time.strftime('%X') (17:13:52 ... 17:13:55);
# here the seconds since the start are printed, rounded.
import asyncio
import time

t0 = time.perf_counter()

def now():
    return f"+{round(time.perf_counter() - t0)}s"

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    print(f"started at {now()}")
    await say_after(1, 'hello')
    await say_after(2, 'world')
    print(f"finished at {now()}")
asyncio.run(main())
