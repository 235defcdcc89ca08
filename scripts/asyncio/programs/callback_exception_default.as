# An exception in a plain callback goes to the default exception handler; the loop goes on.
import asyncio

def on_tick(n):
    if n == 2:
        raise ZeroDivisionError(f"tick {n}")
    print("tick", n)

async def main():
    loop = asyncio.get_running_loop()
    for n in range(4):
        loop.call_later(0.02 * (n + 1), on_tick, n)
    await asyncio.sleep(0.12)
    print("loop survived")

asyncio.run(main())
