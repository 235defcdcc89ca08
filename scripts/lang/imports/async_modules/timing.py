import asyncio
from workers.registry import log


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.05)
        log("ticker", f"tick {i}")
    return n
