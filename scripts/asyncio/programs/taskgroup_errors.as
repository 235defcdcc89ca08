# TaskGroup failures: except* by type, nested groups, split(), a failing body.
import asyncio


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url} returned {status}")
        self.url = url
        self.status = status


async def fetch(url, delay, status=200):
    try:
        await asyncio.sleep(delay)
        if status != 200:
            raise FetchError(url, status)
        print("fetched", url)
        return len(url)
    except asyncio.CancelledError:
        print("cancelled", url)
        raise


async def run_group(spec):
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch(*s)) for s in spec]
        print("all ok:", [t.result() for t in tasks])
    except* FetchError as eg:
        for e in eg.exceptions:
            print("FetchError:", e.url, e.status)
    except* ValueError as eg:
        print("ValueError group:", eg)


async def nested():
    async def inner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("/inner-bad", 0.1, 500))
            tg.create_task(fetch("/inner-ok", 1))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(fetch("/outer-slow", 2))
    except ExceptionGroup as eg:
        print("outer:", eg)
        print("inner:", eg.exceptions[0])
        print("leaf:", repr(eg.exceptions[0].exceptions[0]))
        print("split:", eg.split(FetchError))


async def body_raises():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("/body-child", 1))
            await asyncio.sleep(0.1)
            raise ValueError("body failed")
    except* ValueError as eg:
        print("body error:", eg.exceptions)


async def main():
    await run_group([("/a", 0.1), ("/b", 0.2)])
    await run_group([("/c", 0.1, 404), ("/d", 0.5), ("/e", 0.1, 503)])
    await nested()
    await body_raises()


asyncio.run(main())
