"""The contextlib module: utilities for with-statement context managers, as in CPython 3.11."""

from _generic_alias import GenericAlias as _GenericAlias
import sys
from functools import wraps

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing"]


class AbstractContextManager:
    """A base for context managers: __enter__ returns self."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager:
    """A base for async context managers: __aenter__ returns self."""

    __class_getitem__ = classmethod(_GenericAlias)

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Makes a context manager usable as a decorator: each call runs inside a fresh one."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator:
    """Makes an async context manager usable as a decorator of coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


# Multiple inheritance is not supported yet, so the generator context managers share their
# construction through these two functions rather than through a common base class.
def _gcm_init(self, func, args, kwds):
    # Keeps the generator, and the call that made it so that a decorator use can make a fresh
    # one per call.
    self.gen = func(*args, **kwds)
    self.func, self.args, self.kwds = func, args, kwds
    doc = getattr(func, "__doc__", None)
    if doc is None:
        doc = getattr(type(self), "__doc__", None)
    self.__doc__ = doc


def _gcm_recreate(self):
    return self.__class__(self.func, self.args, self.kwds)


def _thrown_through(exc, value):
    # After throwing value into a generator, exc came out: whether it is value itself, or the
    # RuntimeError that a StopIteration raised inside a generator becomes.
    if exc is value:
        return True
    return isinstance(value, (StopIteration, StopAsyncIteration)) and isinstance(exc, RuntimeError) \
        and exc.__cause__ is value


class _GeneratorContextManager(ContextDecorator):
    """Helper for @contextmanager."""

    __init__ = _gcm_init
    _recreate_cm = _gcm_recreate

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except BaseException as exc:
            if _thrown_through(exc, value):
                value.__traceback__ = traceback  # without the generator's frames
                return False
            raise
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(AsyncContextDecorator):
    """Helper for @asynccontextmanager."""

    __init__ = _gcm_init
    _recreate_cm = _gcm_recreate

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except BaseException as exc:
            if _thrown_through(exc, value):
                value.__traceback__ = traceback
                return False
            raise
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """@contextmanager: a generator function that yields once becomes a context manager."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """@asynccontextmanager: an async generator function that yields once becomes an async
    context manager."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    # Replaces sys.<_stream> for the block; nested uses restore in order.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout (and so print) to another file for the block."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to another file for the block."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallows the given exception types (and their subclasses) raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager):
    """A context manager that does nothing: entering gives enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


def _protocol_error(cm, kind):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the {kind} protocol")


class _Unwinding:
    # The state of an exit stack running its callbacks: the exception details the next one
    # gets, whether one suppressed the original exception, and whether one raised.
    def __init__(self, exc_details):
        self.exc_details = exc_details
        self.received_exc = exc_details[0] is not None
        self.frame_exc = sys.exc_info()[1]
        self.suppressed_exc = False
        self.pending_raise = False

    def outcome(self, suppress):
        if suppress:
            self.suppressed_exc = True
            self.pending_raise = False
            self.exc_details = (None, None, None)

    def raised(self, new_exc):
        # The callback's exception replaces the pending one, which becomes its context in
        # place of the exception being handled around the with statement.
        old_exc = self.exc_details[1]
        exc = new_exc
        while True:
            ctx = exc.__context__
            if ctx is None or ctx is old_exc:
                break
            if ctx is self.frame_exc:
                exc.__context__ = old_exc
                break
            exc = ctx
        self.pending_raise = True
        self.exc_details = (type(new_exc), new_exc, new_exc.__traceback__)

    def finish(self):
        if self.pending_raise:
            exc = self.exc_details[1]
            ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = ctx  # keep the chaining raised() gave it
                raise
        return self.received_exc and self.suppressed_exc


class _BaseExitStack:
    # The callbacks, as (is_sync, callback) pairs, are called last-in first-out.
    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves the callbacks to a new stack of the same type and returns it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Adds a context manager's __exit__, or a callable taking __exit__'s arguments."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise _protocol_error(cm, "context manager") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Pushes callback(*args, **kwds), called without the exception details."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    def _push_cm_exit(self, cm, cm_exit, is_sync=True):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append((is_sync, _exit_wrapper))


class ExitStack(_BaseExitStack):
    """A stack of exit callbacks, unwound in reverse order when the with block ends."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        state = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                state.outcome(cb(*state.exc_details))
            except BaseException as new_exc:
                state.raised(new_exc)
        return state.finish()

    def close(self):
        """Calls every callback now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack):
    """ExitStack for async code: it also takes async context managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enters the async context manager cm and pushes its __aexit__."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise _protocol_error(cm, "asynchronous context manager") from None
        result = await enter(cm)
        self._push_cm_exit(cm, exit, False)
        return result

    def push_async_exit(self, exit):
        """Adds an async context manager's __aexit__, or a coroutine function taking its
        arguments."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._push_cm_exit(exit, exit_method, False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Pushes the coroutine function call callback(*args, **kwds)."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        """Calls every callback now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        state = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    state.outcome(cb(*state.exc_details))
                else:
                    state.outcome(await cb(*state.exc_details))
            except BaseException as new_exc:
                state.raised(new_exc)
        return state.finish()
