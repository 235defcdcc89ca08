# Benchmark: future hand-offs — two tasks pass a counter back and forth 100,000 times through
# futures; prints the final count.
import asyncio

N = 100_000


async def player(inbox, outbox, loop):
    while True:
        fut = inbox[0]
        n = await fut
        inbox[0] = loop.create_future()
        if n >= N:
            outbox[0].set_result(n)
            return n
        outbox[0].set_result(n + 1)


async def main():
    loop = asyncio.get_running_loop()
    a = [loop.create_future()]
    b = [loop.create_future()]
    ping = asyncio.create_task(player(a, b, loop))
    pong = asyncio.create_task(player(b, a, loop))
    a[0].set_result(0)
    done = await asyncio.gather(ping, pong)
    print(max(done))


asyncio.run(main())
