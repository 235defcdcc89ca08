# ExceptionGroups from TaskGroup fetches: except*, nested groups, raising in a handler, BaseExceptionGroup.
import asyncio
import traceback

class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url} returned {status}")
        self.url, self.status = url, status

async def fetch(url):
    await asyncio.sleep(0)
    if "bad" in url:
        raise FetchError(url, 500)
    return url

async def fetch_all(urls):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(u)) for u in urls]
    return [t.result() for t in tasks]

async def main():
    print(await fetch_all(["a", "b"]))
    try:
        await fetch_all(["a", "bad1", "bad2"])
    except* FetchError as eg:
        for e in sorted(eg.exceptions, key=lambda e: e.url):
            print("failed:", e.url, e.status)
        print(type(eg).__name__, eg.message, len(eg.exceptions))
    try:
        await fetch_all(["bad3"])
    except ExceptionGroup as eg:
        print("plain except:", repr(eg.exceptions[0]))
        print(traceback.format_exception_only(eg)[-1].strip())
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
    except* ValueError as eg:
        print("values:", eg)
        print([repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("types:", repr(eg))
    try:
        try:
            raise ExceptionGroup("eg", [KeyError(1)])
        except* KeyError:
            raise RuntimeError("handler failed")
    except ExceptionGroup as eg:
        print("raised from handler:", repr(eg))
    except RuntimeError as e:
        print("runtime:", e, repr(e.__context__))
    eg = BaseExceptionGroup("b", [ValueError(1), KeyboardInterrupt()])
    print(type(eg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
    def f():
        raise ExceptionGroup("grp", [ValueError(1), ValueError(2)])
    try:
        f()
    except* ValueError as e:
        print(e.exceptions, e.__traceback__ is not None)

asyncio.run(main())
