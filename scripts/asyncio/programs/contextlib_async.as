# contextlib.asynccontextmanager and AsyncExitStack: resources opened and closed in LIFO order, errors.
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def resource(name, log):
    log.append(f"acquire {name}")
    await asyncio.sleep(0.001)
    try:
        yield name.upper()
    except ZeroDivisionError:
        log.append(f"{name} handled ZeroDivisionError")
    finally:
        await asyncio.sleep(0.001)
        log.append(f"release {name}")

async def main():
    log = []
    async with resource("a", log) as r:
        log.append(f"using {r}")
    async with resource("b", log):
        1 / 0
    try:
        async with resource("c", log):
            raise KeyError("k")
    except KeyError:
        log.append("KeyError escaped")
    async with contextlib.AsyncExitStack() as stack:
        for n in "xyz":
            await stack.enter_async_context(resource(n, log))
        stack.push_async_callback(lambda: asyncio.sleep(0, log.append("async callback")))
        stack.callback(log.append, "sync callback")
        log.append("stack body")
    print("\n".join(log))
    log.clear()
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(resource("p", log))
        moved = stack.pop_all()
    log.append("after first stack")
    await moved.aclose()
    print(log)
    @contextlib.asynccontextmanager
    async def no_yield():
        if False:
            yield
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with contextlib.nullcontext(5) as v:
        print("nullcontext", v)
    async def closer():
        class Thing:
            async def aclose(self):
                print("aclosed")
        async with contextlib.aclosing(Thing()) as t:
            print(type(t).__name__)
    await closer()

asyncio.run(main())
