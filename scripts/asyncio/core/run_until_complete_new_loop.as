# A loop made with new_event_loop() and installed with set_event_loop() runs coroutines, tasks
# and futures with run_until_complete(), which returns the result; after close() the loop
# refuses to run (RuntimeError: Event loop is closed).
import asyncio

async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("running:", loop.is_running(), "closed:", loop.is_closed())
print(loop.run_until_complete(add(1, 2)))
task = loop.create_task(add(10, 20))
print(loop.run_until_complete(task), task.done())
fut = loop.create_future()
loop.call_soon(fut.set_result, "future value")
print(loop.run_until_complete(fut))
print(asyncio.get_event_loop() is loop)
loop.close()
print("closed:", loop.is_closed())
coro = add(1, 1)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
