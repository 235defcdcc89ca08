# The loop's exception handler: set/get, the context dicts a failing callback and a
# dropped failed task produce, call_exception_handler, and errors inside a handler.
import asyncio

seen = []

def bad(x):
    raise ValueError("cb boom")

async def fail():
    raise KeyError("task boom")

def handler(loop, context):
    exc = context.get("exception")
    print("handler:", sorted(context), type(exc).__name__, repr(exc))
    # CPython names the callback's file by its absolute path: keep the file name only.
    head, at, where = context["message"].partition(" at ")
    print("  message:", head + at + where.rsplit("/", 1)[-1])
    if "handle" in context:
        print("  handle:", type(context["handle"]).__name__, context["handle"].cancelled())
    if "future" in context:
        print("  future done:", context["future"].done())

def broken(loop, context):
    print("broken handler called with", context["message"])
    raise RuntimeError("handler broke")

def stderr_free(loop, context):
    # A handler that calls the default one after looking: default output goes to stderr.
    print("forwarding", context["message"])
    loop.default_exception_handler(context)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad, 1)
    await asyncio.sleep(0)
    loop.call_later(0.01, bad, 2)
    await asyncio.sleep(0.02)
    loop.call_exception_handler({"message": "custom", "extra": 42})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(broken)
    loop.call_exception_handler({"message": "via broken"})
    loop.set_exception_handler(stderr_free)
    loop.call_exception_handler({"message": "forwarded"})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    loop.call_exception_handler({"message": "to stderr"})
    loop.set_exception_handler(handler)
    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    del t  # never retrieved: reported when the task is dropped, at the latest at close

asyncio.run(main())
print("done")
