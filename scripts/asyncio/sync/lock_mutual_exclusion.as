# Checks: `async with lock` makes a read-yield-write section exclusive: without the lock the
# updates are lost, with it they all count; locked() inside and outside.
import asyncio

counter = 0


async def unsafe_incr():
    global counter
    v = counter
    await asyncio.sleep(0)
    counter = v + 1


async def safe_incr(lock, name, log):
    global counter
    async with lock:
        log.append(f"{name} in, locked={lock.locked()}")
        v = counter
        await asyncio.sleep(0)
        counter = v + 1
        log.append(f"{name} out")


async def main():
    global counter
    await asyncio.gather(*(unsafe_incr() for _ in range(5)))
    print("without lock:", counter)
    counter = 0
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(safe_incr(lock, f"t{i}", log) for i in range(5)))
    print("with lock:", counter)
    for line in log:
        print(line)
    print("locked after:", lock.locked())
    async with lock as value:
        print("as value:", value, lock.locked())
    print(lock.locked())


asyncio.run(main())
