# A Task refuses set_result; Future states and InvalidStateError; set_exception(StopIteration) is refused.
import asyncio
from contextlib import suppress

async def main(f: asyncio.Future):
    await asyncio.sleep(0.01)
    try:
        f.set_result('I have finished.')
    except RuntimeError as e:
        print(f'No longer allowed: {e}')
        f.cancel()

loop = asyncio.new_event_loop()
fut = asyncio.Task(asyncio.sleep(1_000_000), loop=loop)
print(fut.done())
t = loop.create_task(main(fut))
with suppress(asyncio.CancelledError):
    loop.run_until_complete(fut)
print(fut.done())
print(fut.cancelled())
print(t.done())
loop.run_until_complete(t)
print(t.result())
f2 = loop.create_future()
print(f2.done(), f2.cancelled())
f2.set_result(5)
try:
    f2.set_result(6)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
print(f2.result())
f3 = loop.create_future()
try:
    f3.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
f3.set_exception(ValueError("bad"))
print(repr(f3.exception()))
try:
    f3.set_exception(StopIteration())
except Exception as e:
    print(type(e).__name__, e)
loop.close()
