# Seed 003 ("Coroutines"): simply calling a coroutine function does not schedule it; the REPL
# echoed <coroutine object main at 0x1053bb7c8> (the address is cut off here). Nothing of main's
# body runs; closing the coroutine avoids the "never awaited" warning.
import asyncio
async def main():
    print('hello')
    await asyncio.sleep(1)
    print('world')
c = main()
print(repr(c).split(" at 0x")[0] + ">")
print(type(c).__name__, asyncio.iscoroutine(c), asyncio.iscoroutinefunction(main))
c.close()
print("closed, body never ran")
