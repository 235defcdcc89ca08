# Retry with exponential backoff around wait_for; giving up raises with the last error as __cause__.
import asyncio

class TransientError(Exception):
    pass

attempts = {}

async def flaky(name, fail_times, delay=0.001):
    n = attempts.get(name, 0)
    attempts[name] = n + 1
    await asyncio.sleep(delay)
    if n < fail_times:
        raise TransientError(f"{name} failed attempt {n + 1}")
    return f"{name} ok after {n + 1}"

async def retry(coro_fn, *args, retries=3, base=0.001, timeout=0.05):
    last = None
    for attempt in range(1, retries + 1):
        try:
            return await asyncio.wait_for(coro_fn(*args), timeout=timeout)
        except (TransientError, asyncio.TimeoutError) as e:
            last = e
            backoff = base * 2 ** attempt
            print(f"  attempt {attempt} -> {type(e).__name__}: {e!s} (backoff {backoff:.3f})")
            await asyncio.sleep(backoff)
    raise RuntimeError(f"gave up after {retries} attempts") from last

async def main():
    print(await retry(flaky, "a", 0))
    print(await retry(flaky, "b", 2))
    try:
        await retry(flaky, "c", 5)
    except RuntimeError as e:
        print("error:", e, "| cause:", repr(e.__cause__))
    try:
        await retry(flaky, "d", 0, 1.0, timeout=0.01)
    except RuntimeError as e:
        print("error:", e, "| cause:", type(e.__cause__).__name__)
    print(attempts)

asyncio.run(main())
