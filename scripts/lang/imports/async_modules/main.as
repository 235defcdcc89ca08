# Checks: an asyncio program split across modules: coroutines and a queue-based pipeline
# defined in a package, a shared module-level registry, main gathers them; tasks created in
# a module keep their module's globals.
import asyncio
from workers import fetch, pipeline
from workers.registry import log, events
import timing


async def main():
    results = await asyncio.gather(fetch.get("a", 0.03), fetch.get("b", 0.01), fetch.get("c", 0.02))
    print("results:", results)
    total = await pipeline.run([1, 2, 3, 4], consumers=2)
    print("pipeline total:", total)
    t = asyncio.create_task(timing.ticker(3))
    log("main", "waiting for ticker")
    print("ticks:", await t)
    print(len(events), "events")
    for e in events:
        print(" ", e)


asyncio.run(main())
print(fetch.__name__, pipeline.__name__, timing.__name__, fetch.CALLS)
