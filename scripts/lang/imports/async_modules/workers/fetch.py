import asyncio
from .registry import log

CALLS = 0


async def get(key, delay):
    global CALLS
    CALLS += 1
    log("fetch", f"start {key}")
    await asyncio.sleep(delay)
    log("fetch", f"done {key}")
    return key.upper()
