# Checks: an uncaught ValueError from one task_done() too many ends the script.
import asyncio


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    print("one task_done is fine")
    q.task_done()


asyncio.run(main())
