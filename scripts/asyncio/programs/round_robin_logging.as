# logging from tasks taking turns with sleep(0), with DEBUG on (asyncio's own 'Using selector' record).
import asyncio
import logging
import sys

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("workers")


async def worker(name, steps):
    for i in range(steps):
        log.debug("%s step %d", name, i)
        await asyncio.sleep(0)
    log.info("%s done", name)
    if name == "w2":
        raise ValueError("w2 broke")
    return steps


async def main():
    results = await asyncio.gather(*(worker(f"w{i}", i + 1) for i in range(3)), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            log.error("failed: %r", r)
        else:
            log.warning("result %s", r)
    try:
        await worker("w2", 1)
    except ValueError as e:
        log.critical("worker crashed: %s", e)


asyncio.run(main())
