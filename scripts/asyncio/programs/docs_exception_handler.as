# asyncio docs, set_exception_handler: a custom handler sees callback errors and never-retrieved task errors.
import asyncio

def handler(loop, context):
    msg = context.get("exception", context["message"])
    context["message"] = context["message"].split(" at ")[0]
    print("handler:", context["message"], "|", repr(msg))
    print("  keys:", sorted(context))

def bad_callback():
    raise ZeroDivisionError("in callback")

async def failing():
    raise KeyError("lost")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "custom report", "extra": 1})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.default_exception_handler({"message": "default handler directly"})

asyncio.run(main())
print("end")
