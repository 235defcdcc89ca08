# A service that fails inside asyncio.run: the tasks are cancelled and the traceback
# printed before the atexit handlers, which see the state the program left.
import asyncio
import atexit

state = {"processed": 0}


def report():
    print(f"atexit: processed {state['processed']} items")


atexit.register(report)


async def worker(n):
    try:
        while True:
            await asyncio.sleep(0)
            state["processed"] += 1
    except asyncio.CancelledError:
        print(f"worker {n} cancelled")
        raise


async def main():
    workers = [asyncio.create_task(worker(i)) for i in range(2)]
    for _ in range(3):
        await asyncio.sleep(0)
    raise ConnectionError("upstream went away")


asyncio.run(main())
