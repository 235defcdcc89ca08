# `from asyncio import *` brings in asyncio.__all__: the same objects as the module's
# attributes, including those built on first use, and nothing private.
import asyncio
from asyncio import *

print(Lock is asyncio.Lock, Queue is asyncio.Queue, Event is asyncio.Event)
print(wait_for is asyncio.wait_for, timeout is asyncio.timeout, shield is asyncio.shield)
print(gather is asyncio.gather, sleep is asyncio.sleep, CancelledError is asyncio.CancelledError)
print(FIRST_COMPLETED, ALL_COMPLETED)

# CPython 3.11 leaves TaskGroup out of asyncio.__all__.
try:
    TaskGroup
except NameError as e:
    print("NameError:", e)


async def main():
    lock = Lock()
    async with lock:
        print("locked", lock.locked())
    q = Queue()
    await q.put(1)
    print(await wait_for(q.get(), 1))

run(main())
