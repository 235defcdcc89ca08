# Wrong arguments to asyncio's functions and methods raise the TypeError CPython raises:
# Python-style wording for what CPython's asyncio writes in Python, C-style for _asyncio.
import asyncio


def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "->", e)
    else:
        print(label, "-> no error")


async def nothing():
    pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    coro = nothing()
    task = loop.create_task(coro)
    handle = loop.call_soon(print)
    timer = loop.call_later(10, print)
    attempt("sleep()", lambda: asyncio.sleep())
    attempt("sleep(1, 2, 3)", lambda: asyncio.sleep(1, 2, 3))
    attempt("sleep(x=1)", lambda: asyncio.sleep(x=1))
    attempt("sleep(1, delay=1)", lambda: asyncio.sleep(1, delay=1))
    attempt("create_task()", lambda: asyncio.create_task())
    attempt("ensure_future(1, 2)", lambda: asyncio.ensure_future(1, 2))
    attempt("gather(x=1)", lambda: asyncio.gather(x=1))
    attempt("run_coroutine_threadsafe(1)", lambda: asyncio.run_coroutine_threadsafe(1))
    attempt("get_running_loop(1)", lambda: asyncio.get_running_loop(1))
    attempt("new_event_loop(1)", lambda: asyncio.new_event_loop(1))
    attempt("iscoroutine()", lambda: asyncio.iscoroutine())
    attempt("Future(1)", lambda: asyncio.Future(1))
    attempt("Future(x=1)", lambda: asyncio.Future(x=1))
    attempt("Task()", lambda: asyncio.Task())
    attempt("Task(1, 2)", lambda: asyncio.Task(1, 2))
    attempt("loop.time(1)", lambda: loop.time(1))
    attempt("loop.create_task()", lambda: loop.create_task())
    attempt("loop.create_task(c, x=1)", lambda: loop.create_task(coro, x=1))
    attempt("loop.call_soon()", lambda: loop.call_soon())
    attempt("loop.call_later(1)", lambda: loop.call_later(1))
    attempt("loop.call_at()", lambda: loop.call_at())
    attempt("loop.run_until_complete(1, 2)", lambda: loop.run_until_complete(1, 2))
    attempt("loop.run_in_executor()", lambda: loop.run_in_executor())
    attempt("fut.result(1)", lambda: fut.result(1))
    attempt("fut.cancel(1, 2)", lambda: fut.cancel(1, 2))
    attempt("fut.cancel(x=1)", lambda: fut.cancel(x=1))
    attempt("fut.set_result()", lambda: fut.set_result())
    attempt("fut.add_done_callback()", lambda: fut.add_done_callback())
    attempt("fut.add_done_callback(print, 1)", lambda: fut.add_done_callback(print, 1))
    attempt("task.get_name(1)", lambda: task.get_name(1))
    attempt("task.set_name()", lambda: task.set_name())
    attempt("task.print_stack(1)", lambda: task.print_stack(1))
    attempt("task.get_stack(x=1)", lambda: task.get_stack(x=1))
    attempt("handle.cancel(1)", lambda: handle.cancel(1))
    attempt("timer.when(1)", lambda: timer.when(1))
    attempt("Future.result(1)", lambda: asyncio.Future.result(1))
    attempt("Task.get_name(1)", lambda: asyncio.Task.get_name(1))
    timer.cancel()
    await task


asyncio.run(main())
