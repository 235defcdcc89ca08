# cr_await, cr_frame, cr_running and cr_suspended of coroutines, ag_await, ag_frame and
# ag_running of async generators, along a chain of awaits paused in a task; a coroutine
# awaiting a future or a task shows a FutureIter as its cr_await; frames are None once
# finished, and task.get_stack() and task.print_stack(file=...) agree with cr_frame.
import asyncio
import io
import re


def show_frame(label, f):
    if f is None:
        print(label, None)
        return
    c = f.f_code
    print(label, c.co_name, c.co_filename.rsplit("/", 1)[-1], c.co_firstlineno, f.f_lineno)


def show_await(label, coro):
    aw = coro.cr_await
    print(label, type(aw).__name__, getattr(aw, "__qualname__", ""))


def print_stack(task):
    # CPython names the script by its absolute path: keep only the file's base name.
    out = io.StringIO()
    task.print_stack(file=out)
    print(re.sub(r"/\S*/", "", out.getvalue()), end="")


class Waitable:
    def __await__(self):
        yield
        return "from __await__"


async def innermost(fut):
    return await fut


async def inner(fut):
    value = await innermost(fut)
    return value + 1


async def outer(fut):
    print("inside: running", c.cr_running, "suspended", c.cr_suspended, "await", c.cr_await)
    v = await inner(fut)
    return v * 10


async def agen(fut):
    yield 1
    got = await fut
    yield got


async def main():
    global c
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    c = outer(fut)
    print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_code.co_name, c.cr_origin)
    show_frame("before start", c.cr_frame)
    print(sorted(c.cr_frame.f_locals))
    task = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(c.cr_running, c.cr_suspended)
    show_frame("paused", c.cr_frame)
    show_await("outer awaits", c)
    mid = c.cr_await
    print(mid.cr_running, mid.cr_suspended)
    show_frame("inner paused", mid.cr_frame)
    show_await("inner awaits", mid)
    show_await("innermost awaits", mid.cr_await)
    print(mid.cr_await.cr_await.__class__.__module__)
    for f in task.get_stack():
        show_frame("stack", f)
    print_stack(task)
    fut.set_result(4)
    print(await task)
    show_frame("done", c.cr_frame)
    print(c.cr_await, c.cr_running, c.cr_suspended)
    print_stack(task)

    async def fails():
        raise ValueError("bad")

    failed = asyncio.ensure_future(fails())
    await asyncio.wait([failed])
    print_stack(failed)
    failed.exception()

    async def waits_for_task(t):
        return await t

    blocker = asyncio.ensure_future(asyncio.sleep(0.01))
    w = waits_for_task(blocker)
    wt = asyncio.ensure_future(w)
    await asyncio.sleep(0)
    show_await("awaiting a task", w)
    await wt

    async def waits_for_waitable():
        return await Waitable()

    ww = waits_for_waitable()
    wwt = asyncio.ensure_future(ww)
    await asyncio.sleep(0)
    show_await("awaiting __await__", ww)
    print(await wwt)

    fut2 = loop.create_future()
    a = agen(fut2)
    print(a.ag_running, a.ag_await, a.ag_code.co_name)
    show_frame("ag before start", a.ag_frame)
    print(await a.__anext__())
    show_frame("ag paused at yield", a.ag_frame)
    print(a.ag_running, a.ag_await)
    step = asyncio.ensure_future(a.__anext__())
    await asyncio.sleep(0)
    show_frame("ag paused in await", a.ag_frame)
    print(a.ag_running, type(a.ag_await).__name__)
    fut2.set_result("two")
    print(await step)
    await a.aclose()
    show_frame("ag closed", a.ag_frame)
    print(a.ag_running, a.ag_await)


asyncio.run(main())
