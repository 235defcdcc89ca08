# An async connection pool built on @asynccontextmanager: workers borrow connections, the
# pool blocks when empty, and a failing query still returns its connection.
import asyncio
from contextlib import asynccontextmanager


class Pool:
    def __init__(self, size):
        self.free = asyncio.Queue()
        for i in range(size):
            self.free.put_nowait(f"conn{i}")
        self.log = []

    @asynccontextmanager
    async def connection(self, who):
        conn = await self.free.get()
        self.log.append(f"{who} got {conn}")
        try:
            yield conn
        except ValueError as e:
            self.log.append(f"{who} query failed on {conn}: {e}")
            raise
        finally:
            await asyncio.sleep(0)
            self.free.put_nowait(conn)
            self.log.append(f"{who} returned {conn}")


async def worker(pool, name, delay, fail=False):
    async with pool.connection(name) as conn:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError("syntax error")
        return f"{name}:{conn}"


async def main():
    pool = Pool(2)
    results = await asyncio.gather(
        worker(pool, "w1", 0.45),
        worker(pool, "w2", 0.1, fail=True),
        worker(pool, "w3", 0.2),
        worker(pool, "w4", 0.1),
        return_exceptions=True,
    )
    for r in results:
        print(repr(r))
    print("\n".join(pool.log))
    print("free at end:", pool.free.qsize())


asyncio.run(main())
