# A retrying awaitable: its __await__ generator retries a flaky operation, with try/finally
# blocks that must run when the task awaiting it is cancelled or times out.
import asyncio


def backoff(delay):
    try:
        yield from asyncio.sleep(delay).__await__()
    finally:
        print(f"  backoff({delay}) finished")


class Retry:
    def __init__(self, op, attempts, delay):
        self.op, self.attempts, self.delay = op, attempts, delay

    def __await__(self):
        for i in range(self.attempts):
            try:
                print(f"attempt {i}")
                return (yield from self.op(i).__await__())
            except ConnectionError as e:
                print(f"  failed: {e}")
                yield from backoff(self.delay * 2 ** i)
            except asyncio.CancelledError:
                print(f"  cancelled during attempt {i}")
                raise
            finally:
                print(f"  end of attempt {i}")
        raise TimeoutError(f"gave up after {self.attempts} attempts")


async def flaky(i):
    await asyncio.sleep(0.01)
    if i < 2:
        raise ConnectionError(f"refused #{i}")
    return f"connected on attempt {i}"


async def hang(i):
    await asyncio.sleep(100)


async def main():
    print(await Retry(flaky, 5, 0.1))
    try:
        await Retry(flaky, 2, 0.1)
    except TimeoutError as e:
        print("TimeoutError:", e)

    task = asyncio.ensure_future(Retry(hang, 3, 1))
    await asyncio.sleep(1)
    print("cancel:", task.cancel("shutting down"))
    try:
        await task
    except asyncio.CancelledError as e:
        print("task cancelled:", e.args)

    try:
        await asyncio.wait_for(Retry(flaky, 3, 10), 0.5)
    except TimeoutError:
        print("wait_for timed out")

    # The exception a Task reports for a bad yield goes into the generator too.
    class Bad:
        def __await__(self):
            try:
                yield "not a future"
            except RuntimeError as e:
                print("inside:", e)
                return "recovered"

    print(await Bad())


asyncio.run(main())
