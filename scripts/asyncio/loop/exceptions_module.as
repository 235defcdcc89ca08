import asyncio
from asyncio.exceptions import BrokenBarrierError, CancelledError, InvalidStateError

print(asyncio.exceptions.TimeoutError is TimeoutError)
print(asyncio.exceptions.CancelledError is asyncio.CancelledError is CancelledError)
print(InvalidStateError is asyncio.InvalidStateError)
print(BrokenBarrierError is asyncio.BrokenBarrierError)
print(asyncio.exceptions.__name__)
print(CancelledError.__module__, CancelledError.__mro__)
