# Checks: a bounded Queue makes put() wait while it is full; each get() lets one blocked
# putter in; full()/qsize() and str(q) show the state.
import asyncio


async def producer(q):
    for i in range(5):
        print(f"putting {i}")
        await q.put(i)
        print(f"put {i} done, qsize={q.qsize()} full={q.full()}")


async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q), q.maxsize)
    t = asyncio.create_task(producer(q))
    await asyncio.sleep(0)
    print("after first run:", str(q))
    while not t.done() or not q.empty():
        item = await q.get()
        print(f"got {item}, qsize={q.qsize()}")
        await asyncio.sleep(0)
    await t
    print("final:", str(q))


asyncio.run(main())
