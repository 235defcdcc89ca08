# A token-bucket rate limiter built on loop.time(), a Lock and sleeps.
import asyncio


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.updated = None
        self.lock = asyncio.Lock()

    async def acquire(self):
        async with self.lock:
            loop = asyncio.get_running_loop()
            if self.updated is None:
                self.updated = loop.time()
            while True:
                now = loop.time()
                self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)


async def request(bucket, i, log):
    await bucket.acquire()
    log.append(i)
    print("request", i, "sent; in window:", len(log))


async def main():
    bucket = TokenBucket(rate=10, capacity=3)
    log = []
    await asyncio.gather(*(request(bucket, i, log) for i in range(8)))
    print("order:", log)


asyncio.run(main())
