# Blocking work moved off the event loop with asyncio.to_thread runs on executor threads
# named as CPython names them; the coroutines themselves run on the main thread.
import asyncio
import threading
import time

lock = threading.Lock()
processed = []


def resize(image):
    time.sleep(0.01)
    with lock:
        processed.append(image)
    return threading.current_thread().name.startswith("asyncio_"), threading.get_ident() != main_ident


async def main():
    print("loop runs on", threading.current_thread().name)
    flags = await asyncio.gather(*(asyncio.to_thread(resize, f"img{i}.png") for i in range(5)))
    print(flags)
    print(sorted(processed))
    one = await asyncio.to_thread(lambda: threading.current_thread().name)
    print("a single call runs on an executor thread:", one.startswith("asyncio_"))


main_ident = threading.get_ident()
asyncio.run(main())
print(threading.current_thread() is threading.main_thread(), threading.active_count() >= 1)
