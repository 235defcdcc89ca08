# Collecting results of concurrent tasks and pretty-printing the summary.
import asyncio
import pprint


async def fetch(name, delay, size):
    await asyncio.sleep(delay)
    return {"name": name, "delay": delay, "chunks": [size * k for k in range(1, 4)], "ok": size % 2 == 0}


async def main():
    jobs = [("alpha", 0.3, 10), ("beta", 0.1, 7), ("gamma", 0.2, 4), ("delta", 0.05, 12)]
    results = await asyncio.gather(*(fetch(*j) for j in jobs))
    summary = {
        "by_name": {r["name"]: r for r in results},
        "failed": [r["name"] for r in results if not r["ok"]],
        "total_chunks": sum(sum(r["chunks"]) for r in results),
    }
    pprint.pprint(summary, width=72)
    pprint.pprint(results, depth=1)


asyncio.run(main())
