# asyncio docs, "Exceptions": class hierarchy and messages of asyncio's exceptions.
import asyncio

print(asyncio.TimeoutError is TimeoutError)
print(asyncio.CancelledError.__mro__)
print(asyncio.InvalidStateError.__mro__)
print(asyncio.QueueEmpty.__mro__, asyncio.QueueFull.__mro__)
print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
print(issubclass(asyncio.CancelledError, Exception))
print(asyncio.exceptions.__name__ if hasattr(asyncio, "exceptions") else "no module")
print(asyncio.InvalidStateError.__module__, asyncio.CancelledError.__module__)

async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        fut.set_exception(StopIteration())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = asyncio.get_running_loop().create_future()
    try:
        f2.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)
    f2.cancel()
    try:
        f2.exception()
    except asyncio.CancelledError as e:
        print("CancelledError", repr(e))
    try:
        raise asyncio.CancelledError("bye")
    except Exception:
        print("caught as Exception?!")
    except BaseException as e:
        print("caught as BaseException", e)

asyncio.run(main())
