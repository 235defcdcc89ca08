# Seed 002 ("await" vs "yield from"): yield from delegates to a sub-generator and receives its
# return value; await does the same for coroutines. A plain generator cannot `yield from` a
# native coroutine, and the pre-3.5 @asyncio.coroutine decorator is gone in 3.11.
import asyncio

def sub():
    yield 1
    yield 2
    return "sub done"

def delegator():
    result = yield from sub()
    print("yield from returned:", result)
    yield 3

print(list(delegator()))

async def native():
    return "native done"

async def awaiting():
    result = await native()
    print("await returned:", result)

asyncio.run(awaiting())

def bad_generator():
    yield from native()

g = bad_generator()
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(asyncio, "coroutine"))
