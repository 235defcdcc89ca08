# StackOverflow: "asyncio: run blocking calls concurrently" with run_in_executor and as_completed.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def blocking(n):
    time.sleep(0.03 * n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=3) as ex:
        futs = [loop.run_in_executor(ex, blocking, n) for n in (3, 1, 2)]
        for f in asyncio.as_completed(futs):
            print("finished", await f)
    print("all done")

asyncio.run(main())
