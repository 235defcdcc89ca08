# Async context managers whose __aexit__ fails: exception context, cause, cancellation through them.
import asyncio


class Resource:
    def __init__(self, name, fail_close=False):
        self.name = name
        self.fail_close = fail_close

    async def __aenter__(self):
        print("acquire", self.name)
        return self

    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        print("release", self.name, "during", et.__name__ if et else None)
        if self.fail_close:
            raise OSError(f"cannot release {self.name}")
        return False


async def work():
    async with Resource("db", fail_close=True):
        async with Resource("cache"):
            await asyncio.sleep(0.01)
            raise ValueError("work failed")


async def cancellable():
    try:
        async with Resource("lock"):
            await asyncio.sleep(10)
    finally:
        print("cancellable finally")


async def main():
    try:
        await work()
    except OSError as e:
        print("caught:", repr(e))
        print("context:", repr(e.__context__))
        print("suppress context:", e.__suppress_context__)
    t = asyncio.create_task(cancellable())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled cleanly")
    try:
        try:
            await work()
        except OSError as e:
            raise RuntimeError("request failed") from e
    except RuntimeError as e:
        print(repr(e), "cause:", repr(e.__cause__), "context of cause:", repr(e.__cause__.__context__))
    await work()


asyncio.run(main())
