# AsyncExitStack opening a variable number of async resources: entered in order, closed in
# reverse, sync and async callbacks mixed, and cleanup still runs when one open fails.
import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def stream(name, fail=False):
    await asyncio.sleep(0.01)
    if fail:
        raise ConnectionResetError(f"{name} reset")
    print(f"open {name}")
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0.01)
        print(f"close {name}")


async def flush(name):
    await asyncio.sleep(0)
    print(f"flush {name}")


async def pipeline(names, fail_at=None):
    async with AsyncExitStack() as stack:
        handles = []
        for n in names:
            handles.append(await stack.enter_async_context(stream(n, fail=(n == fail_at))))
            stack.push_async_callback(flush, n)
        stack.callback(print, "sync callback, handles:", handles)
        return handles


async def main():
    print(await pipeline(["a", "b", "c"]))
    try:
        await pipeline(["x", "y", "z"], fail_at="z")
    except ConnectionResetError as e:
        print(type(e).__name__, e)

    stack = AsyncExitStack()
    await stack.enter_async_context(stream("manual"))
    moved = stack.pop_all()
    print("popped; closing original does nothing")
    await stack.aclose()
    await moved.aclose()

    async def suppressor(exc_type, exc, tb):
        print("async exit saw", exc_type.__name__)
        return True

    async with AsyncExitStack() as stack:
        stack.push_async_exit(suppressor)
        raise KeyError("gone")
    print("suppressed by push_async_exit")

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(object())
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
