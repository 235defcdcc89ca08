# A small async service: tasks log with their own child loggers, a timeout is logged as a
# warning, a crash with its traceback type only, and a summary at the end.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname).1s %(name)-12s %(message)s")
log = logging.getLogger("service")
log.setLevel(logging.DEBUG)


async def fetch(name, delay, fail=False):
    child = log.getChild(name)
    child.debug("fetching (%.1fs)", delay)
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} unreachable")
    child.info("got %d bytes", int(delay * 1000))
    return name


async def guarded(name, delay, fail=False, timeout=1.0):
    try:
        return await asyncio.wait_for(fetch(name, delay, fail), timeout)
    except asyncio.TimeoutError:
        log.warning("%s timed out after %.1fs", name, timeout)
    except ConnectionError as e:
        log.error("%s failed: %s", name, e)
    return None


async def main():
    log.info("starting %d fetches", 4)
    results = await asyncio.gather(
        guarded("alpha", 0.2),
        guarded("beta", 2.0),
        guarded("gamma", 0.1, fail=True),
        guarded("delta", 0.5),
    )
    ok = [r for r in results if r]
    log.info("done: %d ok, %d failed", len(ok), len(results) - len(ok))
    logging.getLogger("service.delta").setLevel(logging.WARNING)
    await fetch("delta", 0.1)
    log.critical("shutting down")


asyncio.run(main())
