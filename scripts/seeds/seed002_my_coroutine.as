# Seed 002, notebook cells 10-12: main() awaits my_coroutine("First Task"), which sleeps 2 s.
# Cell 11 shows that main() alone only returns a coroutine object (its repr has an address, cut
# off here); cell 12's top-level `await main()` becomes asyncio.run(main()), as the text says.
# The seed printed time.time() (e.g. [1757760448.00]); here the seconds since start are printed,
# rounded, in the same format.
import asyncio
import time

start = time.time()


# A coroutine is defined with 'async def'.
async def my_coroutine(name):
    """
    This is a coroutine that simulates an I/O-bound task.
    """
    print(f"[{round(time.time() - start):.2f}] Coroutine '{name}' started.")
    await asyncio.sleep(2)  # Simulates waiting for 2 seconds (e.g., a network request)
    print(f"[{round(time.time() - start):.2f}] Coroutine '{name}' resumed and finished.")


async def main():
    """
    The main entry point for the asynchronous program.
    """
    print("Program starting...")
    coro = my_coroutine("First Task")
    await coro
    print("Program finished.")

# In [11]: main()
c = main()
print(repr(c).split(" at 0x")[0] + ">")
c.close()

# In [12]: await main()
result = asyncio.run(main())
print(result)
