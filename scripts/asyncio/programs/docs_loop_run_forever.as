# asyncio docs, low level: new_event_loop, run_until_complete, run_forever + stop, close, is_running.
import asyncio

def hello_world(loop):
    print('Hello World', loop.is_running())
    loop.stop()

async def compute(x):
    await asyncio.sleep(0.02)
    return x * x

loop = asyncio.new_event_loop()
loop.call_soon(hello_world, loop)
try:
    loop.run_forever()
finally:
    print("stopped", loop.is_running(), loop.is_closed())
print(loop.run_until_complete(compute(7)))
t = loop.create_task(compute(3))
print(loop.run_until_complete(t), t.done())
fut = loop.create_future()
loop.call_later(0.02, fut.set_result, "future value")
print(loop.run_until_complete(fut))
counter = [0]
def tick():
    counter[0] += 1
    if counter[0] < 3:
        loop.call_later(0.02, tick)
    else:
        loop.stop()
loop.call_soon(tick)
loop.run_forever()
print("ticks", counter[0])
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(compute(1))
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
asyncio.set_event_loop(None)
loop2 = asyncio.new_event_loop()
asyncio.set_event_loop(loop2)
async def main():
    return asyncio.get_running_loop() is loop2
print(loop2.run_until_complete(main()))
print(asyncio.get_event_loop() is loop2)
loop2.close()
