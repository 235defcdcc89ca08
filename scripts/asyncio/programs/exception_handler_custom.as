# loop.set_exception_handler: callback errors and call_exception_handler contexts.
import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("HANDLER:", context["message"].split(" at ")[0], "|", type(exc).__name__ if exc else None, "|", sorted(context))


def bad_callback(x):
    raise ZeroDivisionError(f"division by {x}")


async def failing():
    raise KeyError("lost")


async def main():
    loop = asyncio.get_running_loop()
    print("default handler:", loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print("installed:", loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 0)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "custom event", "extra": 1})
    t = asyncio.create_task(failing())
    await asyncio.sleep(0.01)
    print("task failed:", repr(t.exception()))
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "to default"})
    print("done main")


asyncio.run(main())
