# Async decorators: retry on given exceptions and a cache sharing in-flight futures.
import asyncio
import functools
import time

def async_retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except exceptions as e:
                    print(f"{fn.__name__} attempt {attempt} failed: {e}")
                    if attempt == times:
                        raise
                    await asyncio.sleep(0)
        return wrapper
    return deco

def async_cache(fn):
    cache = {}
    inflight = {}
    @functools.wraps(fn)
    async def wrapper(key):
        if key in cache:
            return cache[key]
        if key in inflight:
            return await inflight[key]
        fut = asyncio.get_running_loop().create_future()
        inflight[key] = fut
        try:
            result = await fn(key)
        except Exception as e:
            fut.set_exception(e)
            raise
        else:
            cache[key] = result
            fut.set_result(result)
            return result
        finally:
            del inflight[key]
    return wrapper

calls = []
@async_cache
async def load(key):
    calls.append(key)
    await asyncio.sleep(0.01)
    return key.upper()

counter = {"n": 0}
@async_retry(times=3, exceptions=(ConnectionError,))
async def connect():
    counter["n"] += 1
    if counter["n"] < 3:
        raise ConnectionError(f"refused #{counter['n']}")
    return "connected"

@async_retry(times=2)
async def always_fail():
    raise TimeoutError("nope")

async def main():
    print(await asyncio.gather(load("a"), load("a"), load("b"), load("a")))
    print(calls, await load("b"), calls)
    print(await connect())
    try:
        await always_fail()
    except TimeoutError as e:
        print("gave up:", e)
    print(connect.__name__, asyncio.iscoroutinefunction(connect))

asyncio.run(main())
