# asyncio docs, run_coroutine_threadsafe: another thread submits a coroutine to the running loop.
import asyncio
import threading

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

async def fail():
    raise KeyError("nope")

def thread_body(loop, out):
    future = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    out.append(future.result(timeout=5))
    f2 = asyncio.run_coroutine_threadsafe(fail(), loop)
    try:
        f2.result(timeout=5)
    except KeyError as e:
        out.append(f"KeyError {e}")
    loop.call_soon_threadsafe(out.append, "callback from thread")

async def main():
    loop = asyncio.get_running_loop()
    out = []
    await asyncio.to_thread(thread_body, loop, out)
    await asyncio.sleep(0.01)
    print(out)
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
