# asyncio's synchronisation primitives (asyncio.locks in CPython 3.11), written in
# asyncscript on top of futures: Lock, Event, Condition, Semaphore, BoundedSemaphore and
# Barrier, plus the loop-binding helper queues.py shares.
#
# Waiter lines are deques, as CPython's (append at the end, wake from the front, a waiter
# leaving from the front costs O(1)): the order in which blocked tasks resume is observable
# and follows CPython's.

from _collections import deque as _deque


def _locks_running_loop():
    # The running loop, or None outside one (events._get_running_loop).
    try:
        return get_running_loop()
    except RuntimeError:
        return None


def _locks_waiters_repr(obj, extra):
    # The repr of a primitive with a waiter line: its state (extra), then the line's length.
    if obj._waiters:
        extra = f"{extra}, waiters:{len(obj._waiters)}"
    return _locks_object_repr(obj, extra)


def _locks_object_repr(obj, extra):
    # object.__repr__ with " [extra]" inside the angle brackets, as the primitives show.
    cls = type(obj)
    return f"<{cls.__module__}.{cls.__qualname__} object at {id(obj):#x} [{extra}]>"


async def _locks_wait(obj, fut):
    # Await fut at the end of obj._waiters (made on first use), and leave the line however
    # the wait ends: the blocking step of every primitive.
    if obj._waiters is None:
        obj._waiters = _deque()
    obj._waiters.append(fut)
    try:
        await fut
    finally:
        obj._waiters.remove(fut)


class _LoopBoundMixin:
    # Binds an object to the first event loop it is used in, like mixins._LoopBoundMixin.
    __module__ = "asyncio.mixins"

    _loop = None

    def _get_loop(self):
        loop = _locks_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f"{self!r} is bound to a different event loop")
        return loop


class _ContextManagerMixin(_LoopBoundMixin):
    # `async with lock:` acquires on entry and releases on exit. (CPython mixes the two
    # classes in side by side; the subset has single inheritance, so this one extends the
    # other.)
    __module__ = "asyncio.locks"

    async def __aenter__(self):
        await self.acquire()
        # The lock is not bound by "as": `async with lock as x` gives None.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    """Primitive lock objects."""

    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = "locked" if self._locked else "unlocked"
        return _locks_waiters_repr(self, extra)

    def locked(self):
        """Return True if lock is acquired."""
        return self._locked

    async def acquire(self):
        """Acquire a lock: block until it is unlocked, then set it to locked."""
        if not self._locked and (
            self._waiters is None or all(w.cancelled() for w in self._waiters)
        ):
            self._locked = True
            return True

        try:
            await _locks_wait(self, self._get_loop().create_future())
        except CancelledError:
            # We were woken (or not) but won't take the lock: pass the wakeup on.
            if not self._locked:
                self._wake_up_first()
            raise

        self._locked = True
        return True

    def release(self):
        """Release a lock and wake up the first waiter, if any."""
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError("Lock is not acquired.")

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """An event: wait() blocks until set() is called; clear() resets it."""

    __module__ = "asyncio.locks"

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        extra = "set" if self._value else "unset"
        return _locks_waiters_repr(self, extra)

    def is_set(self):
        """Return True if and only if the internal flag is true."""
        return self._value

    def set(self):
        """Set the flag and wake every waiter."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        """Reset the flag: wait() blocks again until set() is called."""
        self._value = False

    async def wait(self):
        """Block until the flag is true; return True."""
        if self._value:
            return True
        # _locks_wait's steps written out: every pending waiter is one coroutine fewer
        # (a frame, its slots and the coroutine, some 300 bytes), as with CPython's code.
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        return True


class Condition(_ContextManagerMixin):
    """A condition variable: wait() releases the lock until notified, then reacquires it."""

    __module__ = "asyncio.locks"

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        extra = "locked" if self.locked() else "unlocked"
        return _locks_waiters_repr(self, extra)

    async def wait(self):
        """Release the lock, wait until notified, reacquire the lock; return True."""
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")

        self.release()
        try:
            await _locks_wait(self, self._get_loop().create_future())
        finally:
            # The lock is reacquired even if the wait is cancelled. (No `return` inside
            # this try: the compiler currently skips such a finally on the exception path
            # when it contains a loop with try/break.)
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError
        return True

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n tasks waiting on the condition."""
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake up every task waiting on the condition."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    """A counter: acquire() decrements it, blocking at zero; release() increments it."""

    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = "locked" if self.locked() else f"unlocked, value:{self._value}"
        return _locks_waiters_repr(self, extra)

    def locked(self):
        """Return True if acquire() would not return immediately."""
        if self._value == 0:
            return True
        for w in self._waiters or ():
            if not w.cancelled():
                return True
        return False

    async def acquire(self):
        """Decrement the counter, first waiting (in FIFO order) while it is zero."""
        if not self.locked():
            self._value -= 1
            return True

        fut = self._get_loop().create_future()
        try:
            await _locks_wait(self, fut)
        except CancelledError:
            if not fut.cancelled():
                # A release() handed us the count but we won't take it: pass it on.
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            # More releases happened while we waited: let the next waiter in too.
            self._wake_up_next()
        return True

    def release(self):
        """Increment the counter and wake up a waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # Hand one unit of the counter to the first pending waiter; report whether any.
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() fails when it would exceed the initial value."""

    __module__ = "asyncio.locks"

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""

    __module__ = "asyncio.exceptions"


class _BarrierState:
    # The states of a barrier (an Enum in CPython; only .value is ever shown).
    __module__ = "asyncio.locks"

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"<_BarrierState.{self.value.upper()}: {self.value!r}>"

    def __str__(self):
        return f"_BarrierState.{self.value.upper()}"


_BARRIER_FILLING = _BarrierState("filling")
_BARRIER_DRAINING = _BarrierState("draining")
_BARRIER_RESETTING = _BarrierState("resetting")
_BARRIER_BROKEN = _BarrierState("broken")


class Barrier(_LoopBoundMixin):
    """A barrier: tasks wait() until `parties` of them are waiting, then all proceed."""

    __module__ = "asyncio.locks"

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = _BARRIER_FILLING
        self._count = 0

    def __repr__(self):
        extra = f"{self._state.value}"
        if not self.broken:
            extra += f", waiters:{self.n_waiting}/{self.parties}"
        return _locks_object_repr(self, extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the barrier; return this task's arrival index (0 .. parties-1)."""
        await self._cond.acquire()
        try:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()
        finally:
            self._cond.release()

    async def _block(self):
        # Wait while the barrier drains or resets from a previous cycle.
        await self._cond.wait_for(
            lambda: self._state is not _BARRIER_DRAINING and self._state is not _BARRIER_RESETTING
        )
        if self._state is _BARRIER_BROKEN:
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = _BARRIER_DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state is not _BARRIER_FILLING)
        if self._state is _BARRIER_BROKEN or self._state is _BARRIER_RESETTING:
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state is _BARRIER_RESETTING or self._state is _BARRIER_DRAINING:
                self._state = _BARRIER_FILLING
            self._cond.notify_all()

    async def reset(self):
        """Reset the barrier: waiting tasks get BrokenBarrierError."""
        await self._cond.acquire()
        try:
            if self._count > 0:
                if self._state is not _BARRIER_RESETTING:
                    self._state = _BARRIER_RESETTING
            else:
                self._state = _BARRIER_FILLING
            self._cond.notify_all()
        finally:
            self._cond.release()

    async def abort(self):
        """Put the barrier into the broken state: waiters get BrokenBarrierError."""
        await self._cond.acquire()
        try:
            self._state = _BARRIER_BROKEN
            self._cond.notify_all()
        finally:
            self._cond.release()

    @property
    def parties(self):
        """The number of tasks required to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of tasks waiting in the barrier's filling phase."""
        if self._state is _BARRIER_FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is in the broken state."""
        return self._state is _BARRIER_BROKEN
