# A Future-like wrapper: it owns a loop future, adds a timeout-free result API of its own,
# and delegates awaiting with `return (yield from fut.__await__())`.
import asyncio


class Deferred:
    def __init__(self, label):
        self.label = label
        self._fut = asyncio.get_running_loop().create_future()
        self._fut.add_done_callback(lambda f: print(f"[{label}] settled"))

    def resolve(self, value):
        self._fut.set_result(value)

    def reject(self, exc):
        self._fut.set_exception(exc)

    def done(self):
        return self._fut.done()

    def __await__(self):
        print(f"[{self.label}] awaited, done={self.done()}")
        value = yield from self._fut.__await__()
        return f"{self.label}={value}"


async def main():
    loop = asyncio.get_running_loop()
    d1, d2, d3 = Deferred("one"), Deferred("two"), Deferred("three")
    loop.call_later(0.2, d1.resolve, 1)
    loop.call_later(0.1, d2.resolve, 2)
    loop.call_later(0.3, d3.reject, KeyError("missing"))
    print(await asyncio.gather(d1, d2))
    print(await d1)  # already done: the future's __await__ returns at once
    try:
        await d3
    except KeyError as e:
        print("rejected", e)

    # Driving the future's iterator by hand is what an await does.
    fut = loop.create_future()
    it = fut.__await__()
    print(type(it).__name__, next(it) is fut)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
    fut.set_result("late")
    it = fut.__await__()
    try:
        next(it)
    except StopIteration as e:
        print("StopIteration", e.value)

    # A task's __await__ is its future's. A step taken by hand hands the task over as
    # awaited, so a later await of it is refused until it is done.
    task = asyncio.create_task(asyncio.sleep(0.05, "slept"))
    step = task.__await__()
    print(next(step) is task)
    try:
        await task
    except RuntimeError as e:
        print("RuntimeError", e)
    await asyncio.sleep(0.3)
    print(await task, task.done())


asyncio.run(main())
