# An asyncio service that keeps its event loop responsive by offloading CPU-bound work
# (prime counting, hashing) to its own ThreadPoolExecutor with loop.run_in_executor, and
# bridges futures submitted to the pool directly with asyncio.wrap_future.
import asyncio
import concurrent.futures
import contextvars
import hashlib
import threading

request_id = contextvars.ContextVar("request_id", default="-")


def count_primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return sum(sieve)


def digest(data, rounds):
    h = data
    for _ in range(rounds):
        h = hashlib.sha256(h).digest()
    return h.hex()[:16]


def who():
    return threading.current_thread().name, request_id.get()


async def handle(loop, pool, n):
    request_id.set(f"req-{n}")
    primes = await loop.run_in_executor(pool, count_primes, 1000 * n)
    return n, primes


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="cpu") as pool:
        results = await asyncio.gather(*(handle(loop, pool, n) for n in range(1, 6)))
        for n, primes in results:
            print(f"primes below {1000 * n}: {primes}")

        digests = await asyncio.gather(*(loop.run_in_executor(pool, digest, bytes([i]), 500) for i in range(3)))
        print("digests:", digests)

        # A future from pool.submit, awaited through wrap_future.
        fut = pool.submit(count_primes, 50_000)
        print("wrapped:", await asyncio.wrap_future(fut), fut.done())

        # The worker thread runs in its own context, not the task's.
        name, rid = await loop.run_in_executor(pool, who)
        print("worker prefix:", name.split("_")[0], "context var in worker:", rid)

    # to_thread copies the caller's context; the default executor can be our own pool.
    request_id.set("main")
    loop.set_default_executor(concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="dflt"))
    print("to_thread:", await asyncio.to_thread(who))
    print("run_in_executor(None):", await loop.run_in_executor(None, who))

    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)
    try:
        await loop.run_in_executor("pool", print)
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
print("loop closed, default executor shut down")
