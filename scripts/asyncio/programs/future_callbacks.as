# Future done callbacks with functools.partial, remove_done_callback, InvalidStateError and friends.
import asyncio
import functools


def on_done(tag, fut):
    if fut.cancelled():
        print(tag, "cancelled")
    elif fut.exception():
        print(tag, "failed:", repr(fut.exception()))
    else:
        print(tag, "result:", fut.result())


async def compute(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise ArithmeticError("negative")
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(on_done, "fut"))
    cb = functools.partial(on_done, "removed")
    fut.add_done_callback(cb)
    print("removed count:", fut.remove_done_callback(cb))
    loop.call_later(0.01, fut.set_result, "hello")
    print("await fut:", await fut)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    t1 = asyncio.create_task(compute(5))
    t1.add_done_callback(functools.partial(on_done, "t1"))
    t2 = asyncio.create_task(compute(-1))
    t2.add_done_callback(functools.partial(on_done, "t2"))
    t3 = asyncio.create_task(compute(1))
    t3.add_done_callback(functools.partial(on_done, "t3"))
    t3.cancel()
    await asyncio.gather(t1, t2, t3, return_exceptions=True)
    await asyncio.sleep(0)

    f2 = loop.create_future()
    f2.set_exception(KeyError("k"))
    f2.add_done_callback(functools.partial(on_done, "late-added"))
    await asyncio.sleep(0)
    print("exception():", repr(f2.exception()))
    f3 = loop.create_future()
    try:
        f3.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f3.cancel("why not")
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("CancelledError:", e.args)
    try:
        f3.set_exception(StopIteration)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f4 = loop.create_future()
    try:
        f4.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    ef = asyncio.ensure_future(compute(3))
    print("ensure_future task:", isinstance(ef, asyncio.Task), await ef)
    print("same future:", asyncio.ensure_future(f2) is f2)


asyncio.run(main())
