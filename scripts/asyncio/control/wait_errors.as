# asyncio.wait's argument checks: empty collection, bad return_when, a bare future or
# coroutine instead of a collection, and coroutines inside the collection.
import asyncio


async def job():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when="SOMETIME")
    except ValueError as e:
        print("ValueError:", e)
    f = loop.create_future()
    try:
        await asyncio.wait(f)
    except TypeError as e:
        print("TypeError:", e)
    c = job()
    try:
        await asyncio.wait(c)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    print(await c)
    done, pending = await asyncio.wait((t,))
    print(len(done), len(pending), t.result())


asyncio.run(main())
