# asyncio's combinators on tasks and futures: wait_for, wait, as_completed and shield,
# written in asyncscript on top of the native futures, tasks and loop.
#
# They follow CPython 3.11's behaviour step for step where the number of loop iterations is
# visible to scripts (which callback runs when, which task wakes first).

from _collections import deque as _deque

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


def _release_waiter(waiter, *args):
    # Completes waiter (once): the callback wait_for and _cancel_and_wait wait on.
    if not waiter.done():
        waiter.set_result(None)


def _waiter_releaser(waiter):
    # A done callback that releases waiter; kept as one object so it can be removed again.
    def release(*args):
        if not waiter.done():
            waiter.set_result(None)
    return release


async def _cancel_and_wait(fut, loop):
    # Cancels fut and waits until it has really finished (it may ignore the cancellation).
    waiter = loop.create_future()
    release = _waiter_releaser(waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Wait for fut to complete, for at most timeout seconds; then cancel it and raise
    TimeoutError."""
    loop = get_running_loop()
    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    release = _waiter_releaser(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            # The caller itself is being cancelled: the inner task goes too, and must have
            # finished before the cancellation propagates.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut, loop)
            raise

        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut, loop)
        # The inner task may have swallowed the cancellation and returned, or failed.
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks in fs; return the sets (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    remaining = [len(fs)]

    def on_completion(f):
        remaining[0] -= 1
        if (remaining[0] <= 0
                or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)

    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


class _CompletionQueue:
    # The unbounded FIFO as_completed hands finished futures through; it wakes its getters
    # exactly as asyncio.Queue does.

    def __init__(self, loop):
        self._loop = loop
        self._items = _deque()
        self._getters = _deque()

    def put_nowait(self, item):
        self._items.append(item)
        self._wakeup_next()

    def _wakeup_next(self):
        while self._getters:
            getter = self._getters.popleft()
            if not getter.done():
                getter.set_result(None)
                break

    async def get(self):
        while not self._items:
            getter = self._loop.create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if self._items and not getter.cancelled():
                    self._wakeup_next()
                raise
        return self._items.popleft()


def as_completed(fs, *, timeout=None):
    """Iterate over awaitables that give the results of fs in the order they complete."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    loop = get_event_loop()
    done = _CompletionQueue(loop)
    todo = set()
    # CPython wraps the awaitables in the order of a set, which follows memory addresses;
    # in the order given is the one deterministic choice.
    for f in dict.fromkeys(fs):
        todo.add(ensure_future(f, loop=loop))
    timeout_handle = [None]

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)  # one dummy per unfinished future: each raises TimeoutError
        todo.clear()

    def on_completion(f):
        if not todo:
            return  # the timeout came first
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle[0] is not None:
            timeout_handle[0].cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle[0] = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def shield(arg):
    """Protect an awaitable from cancellation: cancelling the returned future leaves the
    inner task running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # marks the exception as retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# CPython defines these in the asyncio.tasks submodule.
for _f in (wait_for, wait, as_completed, shield):
    _f.__module__ = "asyncio.tasks"
del _f
