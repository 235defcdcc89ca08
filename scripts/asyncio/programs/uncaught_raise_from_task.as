# raise ... from ... inside a task awaited by main: "The above exception was the direct cause".
import asyncio

class FetchError(Exception):
    pass

async def fetch(url):
    try:
        await asyncio.sleep(0.01)
        raise ConnectionError(f"refused: {url}")
    except ConnectionError as e:
        raise FetchError(url) from e

async def main():
    task = asyncio.create_task(fetch("http://example"))
    await asyncio.sleep(0.02)
    print("task done:", task.done())
    await task

asyncio.run(main())
