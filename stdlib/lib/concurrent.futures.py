"""concurrent.futures: running calls on a pool of threads and waiting for their outcomes, as
CPython's. Futures, the pool and the waiting are in Go (_concurrent): the pool is the one
asyncio's default executor uses, so worker threads count as busy time for the virtual clock.
Process pools are not supported: asyncscript runs one interpreter in one process."""

import time as _time
import _concurrent
from collections import namedtuple as _namedtuple

__all__ = ("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
           "TimeoutError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
           "ProcessPoolExecutor", "ThreadPoolExecutor")

FIRST_COMPLETED = _concurrent.FIRST_COMPLETED
FIRST_EXCEPTION = _concurrent.FIRST_EXCEPTION
ALL_COMPLETED = _concurrent.ALL_COMPLETED

Future = _concurrent.Future
Error = _concurrent.Error
CancelledError = _concurrent.CancelledError
InvalidStateError = _concurrent.InvalidStateError
BrokenExecutor = _concurrent.BrokenExecutor
TimeoutError = TimeoutError

DoneAndNotDoneFutures = _namedtuple("DoneAndNotDoneFutures", "done not_done",
                                    module="concurrent.futures._base")


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures fs are done as return_when says, or the timeout passes; the
    sets of those done and not done."""
    return DoneAndNotDoneFutures(*_concurrent.wait(set(fs), timeout, return_when))


def as_completed(fs, timeout=None):
    """Yield the futures fs as they finish (those finished already first); TimeoutError if
    some are not finished timeout seconds after the first next()."""
    waiter = _concurrent._Waiter(set(fs), timeout)
    try:
        while True:
            batch = waiter.batch()
            if not batch:
                return
            yield from batch
    finally:
        waiter.close()


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Executor:
    """The base of executors: submit is theirs to define; map and the context manager
    build on it."""

    __module__ = "concurrent.futures._base"

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - _time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


_pools_made = 0


class ThreadPoolExecutor(Executor):
    """An executor running calls on at most max_workers threads."""

    __module__ = "concurrent.futures.thread"

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        global _pools_made
        if max_workers is None:
            max_workers = _concurrent.DEFAULT_MAX_WORKERS
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % _pools_made
            _pools_made += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        self._pool = _concurrent._Pool(max_workers, thread_name_prefix, initializer, initargs)

    def submit(self, fn, /, *args, **kwargs):
        return self._pool.submit(fn, args, kwargs)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._pool.shutdown(wait, cancel_futures)


class ProcessPoolExecutor(Executor):
    """Not supported: asyncscript runs one interpreter in one process."""

    __module__ = "concurrent.futures.process"

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("asyncscript does not support process pools "
                                  "(ProcessPoolExecutor); use ThreadPoolExecutor")
