# An event loop run_forever in a background thread; the main thread submits coroutines and callbacks.
import asyncio
import threading

loop = asyncio.new_event_loop()


def run_loop():
    asyncio.set_event_loop(loop)
    print("loop thread:", threading.current_thread().name)
    loop.run_forever()
    print("loop stopped")


async def job(n):
    await asyncio.sleep(0.01 * (3 - n))
    return threading.current_thread().name, n * n


async def failing():
    await asyncio.sleep(0)
    raise LookupError("no such key")


thread = threading.Thread(target=run_loop, name="loop-thread")
thread.start()
futures = [asyncio.run_coroutine_threadsafe(job(i), loop) for i in range(3)]
print([f.result(timeout=5) for f in futures])
bad = asyncio.run_coroutine_threadsafe(failing(), loop)
try:
    bad.result(timeout=5)
except LookupError as e:
    print("LookupError:", e)
done = threading.Event()
loop.call_soon_threadsafe(done.set)
done.wait(5)
print("callback ran:", done.is_set())
loop.call_soon_threadsafe(loop.stop)
thread.join()
print("running:", loop.is_running(), "closed:", loop.is_closed())
loop.close()
print("closed:", loop.is_closed())
