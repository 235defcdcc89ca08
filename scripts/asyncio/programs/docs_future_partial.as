# asyncio docs, Future: add_done_callback with functools.partial, set_result from call_soon, exception.
import asyncio
import functools

def on_done(tag, log, fut):
    log.append((tag, fut.result() if not fut.cancelled() else "cancelled"))

async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)

async def main():
    loop = asyncio.get_running_loop()
    log = []
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(on_done, "first", log))
    fut.add_done_callback(functools.partial(on_done, "second", log))
    loop.create_task(set_after(fut, 0.02, '... world'))
    print('hello ...')
    print(await fut)
    await asyncio.sleep(0)
    print(log)
    f2 = loop.create_future()
    cb = functools.partial(on_done, "removed", log)
    f2.add_done_callback(cb)
    print("removed", f2.remove_done_callback(cb))
    f2.cancel()
    await asyncio.sleep(0)
    print(f2.cancelled(), log[-1])
    f3 = asyncio.Future()
    f3.set_exception(ValueError("bad"))
    print(repr(f3.exception()), f3.done())
    try:
        await f3
    except ValueError as e:
        print("awaited:", e)
    f4 = loop.create_future()
    f4.set_result(None)
    f4.add_done_callback(lambda f: log.append("late callback"))
    print("late" in str(log))
    await asyncio.sleep(0)
    print(log[-1])
    print(f4.get_loop() is loop)

asyncio.run(main())
