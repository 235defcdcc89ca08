# An error raised in an except block of a coroutine: "During handling of the above exception".
import asyncio

async def load(key):
    await asyncio.sleep(0.01)
    raise KeyError(key)

async def main():
    try:
        await load("config")
    except KeyError as e:
        print("missing", e)
        raise RuntimeError("cannot start without config")

asyncio.run(main())
