"""The awaitable anext(iterator, default) returns: CPython's anext_awaitable, written as a
coroutine. Its frames are left out of tracebacks, as CPython's C code adds none."""


async def anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
