# A connection object that opens itself the first time it is awaited: `conn = await Connection(...)`
# and later awaits of the same object reuse the open connection.
import asyncio


class Connection:
    opened = 0

    def __init__(self, host, latency):
        self.host = host
        self.latency = latency
        self.ready = None

    async def _open(self):
        print(f"connecting to {self.host}")
        await asyncio.sleep(self.latency)
        Connection.opened += 1
        print(f"connected to {self.host}")
        return self

    def __await__(self):
        if self.ready is None:
            self.ready = asyncio.ensure_future(self._open())
        return self.ready.__await__()

    async def query(self, sql):
        await asyncio.sleep(0.01)
        return f"{self.host}: {sql} -> ok"


async def worker(name, conn):
    c = await conn
    print(name, await c.query(f"select {name}"))


async def main():
    db = Connection("db.local", 0.3)
    cache = Connection("cache.local", 0.05)
    await asyncio.gather(worker("a", db), worker("b", db), worker("c", cache))
    print("opened", Connection.opened)
    again = await db
    print(again is db, Connection.opened)
    print(type(db.__await__()).__name__)


asyncio.run(main())
