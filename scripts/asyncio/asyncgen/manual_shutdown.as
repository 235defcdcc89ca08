# A loop run by hand: loop.shutdown_asyncgens() closes the async generators its tasks
# started and left unfinished, each in a task of its own, once; calling it again finds none.
# (One generator only: CPython closes several in the order of a WeakSet, which depends on
# their addresses.)
import asyncio


async def ticks(tag):
    try:
        while True:
            yield tag
            await asyncio.sleep(0)
    finally:
        print(tag, "closed in", asyncio.current_task().get_name())


held = []


async def main():
    for tag in ("x",):
        g = ticks(tag)
        print("first", await g.__anext__())
        held.append(g)


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("main finished")
coro = loop.shutdown_asyncgens()
print(type(coro).__name__)
loop.run_until_complete(coro)
print("shut down")
loop.run_until_complete(loop.shutdown_asyncgens())
print("again: nothing left")
loop.close()
print(held[0].ag_running, held[0].ag_frame)
