# asyncio's synchronisation primitives, written in asyncscript on top of futures.


class Event:
    """An event: wait() blocks until set() is called."""

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        state = "set" if self._value else "unset"
        extra = f", waiters:{len(self._waiters)}" if self._waiters else ""
        return f"<asyncio.locks.Event object at 0x0 [{state}{extra}]>"

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)
