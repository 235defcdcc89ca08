# Five coroutines await each other; an exception raised at the bottom propagates up through every
# await (each level's finally runs, innermost first) and is caught at the top.
import asyncio

class DeepError(Exception):
    pass

async def level(n):
    try:
        print(f"enter level {n}")
        if n == 5:
            await asyncio.sleep(0)
            raise DeepError(f"raised at level {n}")
        await level(n + 1)
        print("never printed")
    finally:
        print(f"finally level {n}")

async def main():
    try:
        await level(1)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
        print("isinstance:", isinstance(e, DeepError), "args:", e.args)

asyncio.run(main())
