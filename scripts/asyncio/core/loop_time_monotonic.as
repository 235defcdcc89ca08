# loop.time() never goes backwards and advances across sleeps by (at least) the slept time;
# TimerHandle.when() is the absolute loop.time() deadline.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    samples = []
    start = loop.time()
    for delay in (0, 0.5, 0, 1, 0.4):
        await asyncio.sleep(delay)
        samples.append(loop.time())
    print("monotonic:", all(a <= b for a, b in zip([start] + samples, samples)))
    elapsed = samples[-1] - start
    print("elapsed >= 1.9:", elapsed >= 1.9, "rounded:", round(elapsed))
    h = loop.call_later(2, print, "never")
    print("when - time ~", round(h.when() - loop.time()))
    h.cancel()
    print(type(loop.time()).__name__)

asyncio.run(main())
