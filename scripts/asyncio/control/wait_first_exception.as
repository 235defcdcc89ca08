# asyncio.wait(return_when=FIRST_EXCEPTION) returns when a task raises; with no failure it
# waits for all of them, like ALL_COMPLETED.
import asyncio


async def job(n, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        print("job", n, "raising")
        raise RuntimeError(f"job {n} broke")
    print("job", n, "ok")
    return n


async def main():
    a = asyncio.create_task(job(1, 0.01))
    b = asyncio.create_task(job(2, 0.02, fail=True))
    c = asyncio.create_task(job(3, 10))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_name() for t in done) == sorted([a.get_name(), b.get_name()]))
    print("pending is c:", pending == {c})
    print("b exception:", repr(b.exception()))
    c.cancel()
    done, pending = await asyncio.wait([c])
    print("c cancelled:", c.cancelled(), len(done), len(pending))
    x = asyncio.create_task(job(4, 0.01))
    y = asyncio.create_task(job(5, 0.02))
    done, pending = await asyncio.wait([x, y], return_when=asyncio.FIRST_EXCEPTION)
    print("no failure:", sorted(t.result() for t in done), len(pending))


asyncio.run(main())
