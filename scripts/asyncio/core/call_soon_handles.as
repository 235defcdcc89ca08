# loop.call_soon() returns a Handle: callbacks run FIFO with their positional arguments; a
# cancelled Handle is skipped; callbacks scheduled while the ready queue is being run wait for
# the next loop iteration (after tasks already made ready).
import asyncio

def cb(*args):
    print("cb", *args)

def chain(n):
    print("chain", n)
    if n < 3:
        asyncio.get_running_loop().call_soon(chain, n + 1)

async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(cb, "a", 1)
    h2 = loop.call_soon(cb, "b", 2)
    loop.call_soon(cb)
    h2.cancel()
    print(type(h1).__name__, h1.cancelled(), h2.cancelled())
    t = asyncio.create_task(ticker())
    loop.call_soon(chain, 1)
    await t

asyncio.run(main())
