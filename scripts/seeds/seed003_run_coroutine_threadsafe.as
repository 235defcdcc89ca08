# Seed 003 ("Scheduling From Other Threads"): run_coroutine_threadsafe(coro, loop) called from
# another OS thread (started here with asyncio.to_thread) returns a concurrent.futures.Future:
# result(timeout) gives the coroutine's value, raises TimeoutError when it takes too long (the
# task is then cancelled with future.cancel()), and re-raises the coroutine's exception.
# In the seed's snippet the "returned" print is indented under `except`; it belongs in `else`.
import asyncio

async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("bad input")

def in_thread(loop):
    # Create a coroutine
    coro = asyncio.sleep(1, result=3)
    # Submit the coroutine to a given loop
    future = asyncio.run_coroutine_threadsafe(coro, loop)
    # Wait for the result with an optional timeout argument
    assert future.result(2) == 3
    print("result 3 received")

    for coro, timeout in [(asyncio.sleep(2, result="late"), 0.5), (failing(), 2),
                          (asyncio.sleep(0.1, result="quick"), 2)]:
        future = asyncio.run_coroutine_threadsafe(coro, loop)
        try:
            result = future.result(timeout)
        except TimeoutError:
            print('The coroutine took too long, cancelling the task...')
            future.cancel()
        except Exception as exc:
            print(f'The coroutine raised an exception: {exc!r}')
        else:
            print(f'The coroutine returned: {result!r}')
    return "thread done"

async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(in_thread, loop))
    await asyncio.sleep(0.1)
    others = asyncio.all_tasks() - {asyncio.current_task()}
    print("tasks left:", len(others))

asyncio.run(main())
