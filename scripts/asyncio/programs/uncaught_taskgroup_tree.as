# A TaskGroup failure that nobody catches: the exception group traceback.
import asyncio


class DatabaseError(Exception):
    pass


async def query(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise DatabaseError(f"query {n} failed")
    if n == 3:
        raise TimeoutError(f"query {n} too slow")
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 4):
            tg.create_task(query(n))
    print("unreachable")


asyncio.run(main())
