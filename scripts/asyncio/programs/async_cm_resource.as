# Async context managers: a connection class, asynccontextmanager transaction, AsyncExitStack.
import asyncio
import contextlib


class Connection:
    opened = 0

    def __init__(self, dsn):
        self.dsn = dsn
        self.closed = True

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        Connection.opened += 1
        self.closed = False
        print("open", self.dsn)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.closed = True
        print("close", self.dsn, "exc:", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

    async def query(self, sql):
        if self.closed:
            raise RuntimeError("connection closed")
        await asyncio.sleep(0.01)
        if "missing" in sql:
            raise KeyError(sql)
        if "bad" in sql:
            raise ValueError("syntax error in " + repr(sql))
        return [sql.upper()]


@contextlib.asynccontextmanager
async def transaction(conn):
    print("BEGIN")
    try:
        yield conn
    except Exception as e:
        print("ROLLBACK because", type(e).__name__)
        raise
    else:
        print("COMMIT")


async def main():
    async with Connection("db://one") as c:
        print(await c.query("select 1"))
    async with Connection("db://two") as c:
        await c.query("select missing")
    print("KeyError suppressed")
    try:
        async with Connection("db://three") as c:
            async with transaction(c):
                await c.query("bad sql")
    except ValueError as e:
        print("caught", e)
    async with Connection("db://four") as c, transaction(c) as t:
        print(await t.query("insert"))
    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Connection(f"db://pool{i}")) for i in range(3)]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, "sync callback on exit")
        print("pool size", len(conns))
    print("opened total:", Connection.opened)
    try:
        await c.query("after")
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
