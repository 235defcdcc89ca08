# The classes of an async generator's step awaitables: __anext__ and asend make
# async_generator_asend objects, athrow and aclose async_generator_athrow ones.
async def g():
    yield 1
x = g()
print(type(x.__anext__()).__name__, type(x.asend(None)).__name__, type(x.athrow(ValueError)).__name__, type(x.aclose()).__name__)
import asyncio
async def main():
    y = g()
    await y.__anext__()
    print(type(y.athrow(ValueError)).__name__, type(y.aclose()).__name__)
    await y.aclose()
asyncio.run(main())
