# Seed 003 ("Running in Threads"): gather(to_thread(blocking_io), sleep(1)) runs the blocking
# function in another thread while the loop sleeps, so everything takes 1 s, not 2.
# The seed printed time.strftime('%X'); here the seconds since the start are printed, rounded.
import asyncio
import time

t0 = time.perf_counter()

def now():
    return f"+{round(time.perf_counter() - t0)}s"

def blocking_io():
    print(f"start blocking_io at {now()}")
    # Note that time.sleep() can be replaced with any blocking
    # IO-bound operation, such as file operations.
    time.sleep(1)
    print(f"blocking_io complete at {now()}")
    return "io result"

async def main():
    print(f"started main at {now()}")

    results = await asyncio.gather(
        asyncio.to_thread(blocking_io),
        asyncio.sleep(1))
    print(results)

    print(f"finished main at {now()}")

asyncio.run(main())
