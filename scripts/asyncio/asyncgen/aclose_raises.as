# An async generator whose finally raises: closed by the finalizer's task, the error is that
# task's ("Task exception was never retrieved" on stderr); closed by shutdown_asyncgens, it
# goes to the exception handler.
import asyncio


async def bad(tag):
    try:
        yield 1
        yield 2
    finally:
        print(tag, "finally raises")
        raise RuntimeError(tag)


def handler(loop, context):
    print("handler:", context["message"].split(" <")[0])
    print("  exception:", repr(context["exception"]))
    print("  asyncgen is the generator:", type(context.get("asyncgen")).__name__)


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    async for x in bad("dropped"):
        break
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("held")
    g = bad("held")
    await g.__anext__()
    main.g = g
    print("main returns")


asyncio.run(main())
print("done")
