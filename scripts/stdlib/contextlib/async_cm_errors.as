# How @asynccontextmanager reports misbehaving generators and passes exceptions through.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def never_yields():
    if False:
        yield


@asynccontextmanager
async def yields_twice():
    yield 1
    yield 2


@asynccontextmanager
async def retrying():
    try:
        yield
    except ValueError:
        yield


@asynccontextmanager
async def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception as e:
        log.append(f"rollback ({e})")
        raise
    else:
        log.append("commit")


@asynccontextmanager
async def ignore_timeouts():
    try:
        yield
    except TimeoutError:
        print("  timeout ignored")


async def main():
    for make in (never_yields, yields_twice, retrying):
        try:
            async with make():
                if make is retrying:
                    raise ValueError("retry me")
        except RuntimeError as e:
            print(make.__name__, "->", e)

    log = []
    async with transaction(log):
        log.append("insert")
    try:
        async with transaction(log):
            raise KeyError("dup")
    except KeyError as e:
        print("KeyError propagated:", e)
    print(log)

    async with ignore_timeouts():
        await asyncio.wait_for(asyncio.sleep(10), 0.1)
    print("continued after timeout")
    try:
        async with ignore_timeouts():
            raise StopAsyncIteration("odd")
    except StopAsyncIteration as e:
        print("StopAsyncIteration kept:", e)


asyncio.run(main())
