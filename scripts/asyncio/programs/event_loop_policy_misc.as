# Misc event-loop APIs tutorials touch: get_event_loop outside a loop, loop.time monotonic, all_tasks empty.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.02)
    print(loop.time() > t0, loop.is_running(), loop.is_closed())
    print(asyncio.get_event_loop() is loop)
    print(len(asyncio.all_tasks()), asyncio.all_tasks() == {asyncio.current_task()})
    print(loop.get_debug())
    print(type(loop).__name__.endswith("EventLoop"))

asyncio.run(main())
