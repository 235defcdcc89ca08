# A handle's repr lists its callback's arguments as reprlib.repr shortens them: strings to
# 30 characters, ints to 40 digits, lists and tuples to 6 items and 6 levels, other values
# to 30 characters; and a done callback of a future is a handle callback(future). Values
# whose class defines __repr__ show it, in handles, futures and tasks.
import asyncio


class Named:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Named({self.name!r})"


async def returns_named():
    return Named("result")


def cb(*args):
    pass


def show(obj):
    # CPython names the script by its absolute path: keep only the file's base name.
    text = obj if isinstance(obj, str) else repr(obj)
    print(" ".join(word[word.rfind("/") + 1:] for word in text.split(" ")))


def failing_done(fut):
    raise ValueError("in done callback")


async def main():
    loop = asyncio.get_running_loop()
    for args in [("x" * 50,), ("it's" * 10,), (10**50, -10**45), (list(range(10)),), ((1,),),
                 ([[[[[[[1]]]]]]],), (None, 1.5e300, True), ("é" * 40,), ((), []),
                 (b"x" * 50,), ("x" * 30, "x" * 31), ("ab\n" * 12,), (range(100000, 200000),),
                 (Named("a"), Named("a very long name indeed, longer than 30")), ([Named("in a list")],)]:
        show(loop.call_soon(cb, *args))
    fut = loop.create_future()
    fut.add_done_callback(failing_done)
    fut.set_result("x" * 40)

    def handler(loop, context):
        show(context["message"])
        show(context["handle"])

    loop.set_exception_handler(handler)
    await asyncio.sleep(0)

    task = asyncio.create_task(returns_named())
    await task
    show(task)
    failed = loop.create_future()
    failed.set_exception(ValueError(Named("exc")))
    show(failed)
    failed.exception()
    show(loop.call_soon(Named("callable?")))


asyncio.run(main())
