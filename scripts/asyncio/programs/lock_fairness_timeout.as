# Lock waiters are served in FIFO order; a waiter cancelled by a timeout leaves the queue.
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []
    async def user(n, hold):
        async with lock:
            order.append(n)
            await asyncio.sleep(hold)
    await lock.acquire()
    tasks = [asyncio.create_task(user(n, 0.01)) for n in range(4)]
    await asyncio.sleep(0.01)
    impatient = asyncio.create_task(asyncio.wait_for(lock.acquire(), 0.01))
    await asyncio.sleep(0.03)
    print("impatient:", type(impatient.exception()).__name__)
    lock.release()
    await asyncio.gather(*tasks)
    print(order, lock.locked())
    print(repr(lock).split(" [")[1])

asyncio.run(main())
