"""threading: threads of Python code on goroutines, under the interpreter lock, and the
synchronization primitives they share (built on _thread's lock)."""

import _thread
import collections
import traceback as _traceback

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
Lock = _thread.allocate_lock
TIMEOUT_MAX = _thread.TIMEOUT_MAX
_active = {}
_counter = 0


class RLock:
    """A lock its owner may take again; released when released as often as taken."""

    def __init__(self):
        self._block = Lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()


class Condition:
    """Waiting for a notification while the lock is given up, as CPython's: each waiter
    sleeps on a lock of its own that notify releases."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = collections.deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def _owned(self):
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        return self._lock.locked()

    def _release_all(self):
        if isinstance(self._lock, RLock):
            count = self._lock._count
            self._lock._count = 1
            self._lock.release()
            return count
        self._lock.release()
        return 1

    def _restore(self, count):
        self._lock.acquire()
        if isinstance(self._lock, RLock):
            self._lock._count = count

    def wait(self, timeout=None):
        if not self._owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_all()
        got = False
        try:
            got = waiter.acquire(True, -1 if timeout is None else max(timeout, 0))
            return got
        finally:
            self._restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            if not self.wait(timeout) and timeout is not None:
                return predicate()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        while n > 0 and self._waiters:
            self._waiters.popleft().release()
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:
    """A counter of free slots; acquire waits for one."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if not blocking:
                if self._value == 0:
                    return False
            elif not self._cond.wait_for(lambda: self._value > 0, timeout):
                return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released more often than acquired."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait to be set."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag


def _new_name(target):
    global _counter
    _counter += 1
    if target is not None and hasattr(target, "__name__"):
        return f"Thread-{_counter} ({target.__name__})"
    return f"Thread-{_counter}"


class Thread:
    """A function run on a thread of its own."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._name = str(name) if name is not None else _new_name(target)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = bool(daemon) if daemon is not None else current_thread().daemon
        self._ident = None
        self._started = Event()
        self._done = Event()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = bool(value)

    def getName(self):
        return self._name

    def is_alive(self):
        return self._started.is_set() and not self._done.is_set()

    def start(self):
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._ident = _thread._start(self._bootstrap, self._name)
        _active[self._ident] = self
        self._started.set()

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(ExceptHookArgs(type(exc), exc, exc.__traceback__, self))
        finally:
            _active.pop(self._ident, None)
            self._done.set()

    def join(self, timeout=None):
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        self._done.wait(timeout)

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "stopped" if self._done.is_set() else "started"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"


class ExceptHookArgs:
    """What excepthook receives about an exception that ended a thread."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    """Print the exception that ended a thread, as CPython's default hook does."""
    import sys
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=sys.stderr)
    _traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=sys.stderr)


class _MainThread(Thread):
    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._ident = get_ident()
        self._started.set()


class _RuntimeThread(Thread):
    """A thread the runtime started (an asyncio executor's worker), seen from inside."""

    def __init__(self, name):
        super().__init__(name=name, daemon=True)
        self._ident = get_ident()
        self._started.set()


_main = None


def main_thread():
    return _main


def current_thread():
    me = _active.get(get_ident())
    if me is None:
        me = _RuntimeThread(_thread._name())
        _active[me._ident] = me
    return me


def active_count():
    return len(_active)


def enumerate():
    return list(_active.values())


class local:
    """Attributes each thread sees its own values of."""

    def __init__(self):
        object.__setattr__(self, "_local__dicts", {})

    def _mine(self):
        return object.__getattribute__(self, "_local__dicts").setdefault(get_ident(), {})

    def __getattr__(self, name):
        try:
            return self._mine()[name]
        except KeyError:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'") from None

    def __setattr__(self, name, value):
        self._mine()[name] = value

    def __delattr__(self, name):
        try:
            del self._mine()[name]
        except KeyError:
            raise AttributeError(name) from None


_main = Thread.__new__(_MainThread)
_MainThread.__init__(_main)
_active[_main._ident] = _main
