# Once a program configures logging, the loop's default exception handler reports through
# the "asyncio" logger: here a handler that keeps the records shows what it was given.
import asyncio
import logging


class Keep(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


keep = Keep()
logging.getLogger("asyncio").addHandler(keep)


async def fails():
    raise KeyError("lost")


def broken_callback():
    raise RuntimeError("in callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken_callback)
    asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "plain report", "code": 7})
    loop.default_exception_handler({"message": "direct"})


asyncio.run(main())
for r in keep.records:
    first = r.getMessage().splitlines()[0].split(" at ")[0]
    exc = r.exc_info[0].__name__ if r.exc_info else None
    print(r.name, r.levelname, repr(first), exc)
print(len(keep.records), "records")
