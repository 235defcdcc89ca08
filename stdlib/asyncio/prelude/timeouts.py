# asyncio.timeout() and asyncio.timeout_at(): an async context manager that cancels the
# task running its body when the deadline passes and turns that cancellation into
# TimeoutError, written in asyncscript on top of the native tasks and loop.

# The states of a Timeout, named by the values CPython's repr shows.
_TIMEOUT_CREATED = "created"
_TIMEOUT_ENTERED = "active"
_TIMEOUT_EXPIRING = "expiring"
_TIMEOUT_EXPIRED = "expired"
_TIMEOUT_EXITED = "finished"


class Timeout:
    """Asynchronous context manager limiting the time its body may run."""

    __module__ = "asyncio.timeouts"

    def __init__(self, when):
        self._state = _TIMEOUT_CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """Return the current deadline."""
        return self._when

    def reschedule(self, when):
        """Move the deadline to when (a loop time), or remove it with None."""
        if self._state != _TIMEOUT_ENTERED:
            if self._state == _TIMEOUT_CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Whether the deadline passed while the body was running."""
        return self._state == _TIMEOUT_EXPIRING or self._state == _TIMEOUT_EXPIRED

    def __repr__(self):
        info = ""
        if self._state == _TIMEOUT_ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info = f" when={when}"
        return f"<Timeout [{self._state}]{info}>"

    async def __aenter__(self):
        if self._state != _TIMEOUT_CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _TIMEOUT_ENTERED
        self._task = task
        # Cancellations requested before the body started are not ours to convert.
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state == _TIMEOUT_ENTERED or self._state == _TIMEOUT_EXPIRING
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == _TIMEOUT_EXPIRING:
            self._state = _TIMEOUT_EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                # No one else asked for a cancellation meanwhile: it was ours.
                raise TimeoutError from exc_val
        elif self._state == _TIMEOUT_ENTERED:
            self._state = _TIMEOUT_EXITED
        return None

    def _on_timeout(self):
        assert self._state == _TIMEOUT_ENTERED
        self._task.cancel()
        self._state = _TIMEOUT_EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout whose deadline is delay seconds from now (None: no deadline)."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout with an absolute deadline in loop time (None: no deadline)."""
    return Timeout(when)


# CPython defines these in the asyncio.timeouts submodule.
timeout.__module__ = "asyncio.timeouts"
timeout_at.__module__ = "asyncio.timeouts"
