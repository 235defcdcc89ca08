# asyncio docs, to_thread: a blocking function runs in a thread while the loop goes on.
import asyncio
import time
import threading

def blocking_io(n):
    print(f"start blocking_io {n}")
    time.sleep(0.1)
    print(f"blocking_io {n} complete")
    return n * 10

async def main():
    print("started main")
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, 1),
        asyncio.sleep(0.05, result="slept"))
    print(results)
    name = await asyncio.to_thread(lambda: threading.current_thread() is threading.main_thread())
    print("in main thread?", name)
    try:
        await asyncio.to_thread(int, "x")
    except ValueError as e:
        print("ValueError:", e)
    r = await asyncio.to_thread(sorted, [3, 1, 2], reverse=True)
    print(r)

asyncio.run(main())
