# Checks: an uncaught QueueEmpty ends the script; its class is asyncio.queues.QueueEmpty.
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    print(q.get_nowait())
    print(q.get_nowait())


asyncio.run(main())
