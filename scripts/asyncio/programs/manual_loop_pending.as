# A manually managed loop: run_until_complete, cancelling a background task, closing the loop.
import asyncio


async def forever(name):
    try:
        while True:
            await asyncio.sleep(0.1)
    finally:
        print(name, "finally")


async def short():
    await asyncio.sleep(0.05)
    return "short done"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
bg = loop.create_task(forever("bg"))
print(loop.run_until_complete(short()))
print("bg done?", bg.done())
bg.cancel()
try:
    loop.run_until_complete(bg)
except asyncio.CancelledError:
    print("bg cancelled:", bg.cancelled())
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, 7)
print("future result:", loop.run_until_complete(fut))
loop.close()
coro = short()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
