# Checks: a Semaphore(3) lets at most three tasks into the section at once; the order of
# entry is FIFO.
import asyncio

active = 0
max_active = 0


async def job(sem, n, order):
    global active, max_active
    async with sem:
        active += 1
        max_active = max(max_active, active)
        order.append(n)
        await asyncio.sleep(0.001 * (n % 3))
        active -= 1


async def main():
    sem = asyncio.Semaphore(3)
    order = []
    await asyncio.gather(*(job(sem, n, order) for n in range(10)))
    print("max concurrent:", max_active)
    print("entry order:", order[:3])
    print("all ran:", sorted(order) == list(range(10)))
    print("locked:", sem.locked())


asyncio.run(main())
