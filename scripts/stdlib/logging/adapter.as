# LoggerAdapter adding a request id to every message, through extra and a custom process().
import asyncio
import logging
import sys

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s [%(request_id)s] %(message)s"))
log = logging.getLogger("web")
log.addHandler(h)
log.setLevel(logging.DEBUG)


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"<{self.extra['request_id']}> {msg}", kwargs


async def handle(request_id, path):
    adapter = logging.LoggerAdapter(log, {"request_id": request_id})
    adapter.info("start %s", path)
    await asyncio.sleep(0.1 * len(path))
    if path == "/boom":
        try:
            raise RuntimeError("handler crashed")
        except RuntimeError:
            adapter.error("failed %s", path)
    else:
        adapter.debug("done %s", path)


async def main():
    await asyncio.gather(handle("r1", "/index"), handle("r2", "/boom"), handle("r3", "/a"))
    p = Prefixed(log, {"request_id": "r9"})
    p.warning("custom process")
    print(p, p.name, p.isEnabledFor(logging.DEBUG), p.getEffectiveLevel())
    p.setLevel(logging.ERROR)
    p.info("dropped")
    print(log.level)


asyncio.run(main())
