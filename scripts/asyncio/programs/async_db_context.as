# An async context manager database with paginated async generators, AsyncExitStack, asend/aclose.
import asyncio
import contextlib

class AsyncDB:
    def __init__(self):
        self.rows = [{"id": i, "name": f"user{i}"} for i in range(1, 8)]
        self.open = False
    async def __aenter__(self):
        await asyncio.sleep(0)
        self.open = True
        print("db open")
        return self
    async def __aexit__(self, *exc):
        self.open = False
        print("db closed", exc[0].__name__ if exc[0] else None)
        return False
    async def fetch(self, batch=3):
        for i in range(0, len(self.rows), batch):
            await asyncio.sleep(0)
            yield self.rows[i:i + batch]

async def paginate(db):
    async for batch in db.fetch():
        for row in batch:
            yield row

@contextlib.asynccontextmanager
async def timer(label, log):
    log.append(f"start {label}")
    try:
        yield log
    finally:
        log.append(f"stop {label}")

async def main():
    async with AsyncDB() as db:
        names = [r["name"] async for r in paginate(db) if r["id"] % 2]
        print(names)
        first = await anext(paginate(db))
        print(first)
    log = []
    async with timer("a", log), timer("b", log):
        log.append("body")
    print(log)
    async with contextlib.AsyncExitStack() as stack:
        dbs = [await stack.enter_async_context(AsyncDB()) for _ in range(2)]
        stack.callback(print, "sync callback")
        stack.push_async_callback(asyncio.sleep, 0)
        print("opened", len(dbs), all(d.open for d in dbs))
    try:
        async with AsyncDB() as db:
            raise RuntimeError("query failed")
    except RuntimeError as e:
        print("caught", e)
    with contextlib.suppress(ZeroDivisionError):
        1 / 0
    print("suppressed ok")
    agen = paginate(AsyncDB())
    print(await agen.asend(None))
    await agen.aclose()
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("closed generator stops")

asyncio.run(main())
