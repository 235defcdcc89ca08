# Timers with exactly the same deadline (call_at with one `when`) are NOT run in FIFO order by
# CPython: the loop keeps timers in a heapq ordered by deadline only, and pops equal ones in the
# order heapq's push/pop algorithm leaves them. This script pins that exact order.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    order = []
    when = loop.time() + 0.1
    for i in range(8):
        loop.call_at(when, order.append, i)
    await asyncio.sleep(0.5)
    print("8 equal deadlines:", order)
    order.clear()
    when = loop.time() + 0.1
    for i in range(3):
        loop.call_at(when, order.append, i)
    await asyncio.sleep(0.5)
    print("3 equal deadlines:", order)
    order.clear()
    when = loop.time() + 0.1
    for i in range(5):
        loop.call_at(when + (i % 2) * 0.1, order.append, i)
    await asyncio.sleep(0.5)
    print("two deadlines, interleaved:", order)

asyncio.run(main())
