# asyncio.wait with a timeout does not raise: unfinished tasks come back in pending and
# keep running (they are not cancelled).
import asyncio


async def job(n, gate):
    await gate
    print("job", n, "finished")
    return n


async def main():
    gate = asyncio.get_running_loop().create_future()
    fast = asyncio.create_task(job("fast", asyncio.sleep(0)))
    slow = asyncio.create_task(job("slow", gate))
    done, pending = await asyncio.wait({fast, slow}, timeout=0.05)
    print("done is fast:", done == {fast}, "pending is slow:", pending == {slow})
    print("slow cancelled:", slow.cancelled(), "done:", slow.done())
    gate.set_result(None)
    print("slow result:", await slow)
    t = asyncio.create_task(job("late", asyncio.sleep(10)))
    done, pending = await asyncio.wait([t], timeout=0)
    print("timeout=0:", len(done), len(pending))
    t.cancel()
    await asyncio.wait([t])
    print("late cancelled:", t.cancelled())


asyncio.run(main())
