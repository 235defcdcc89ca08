# Nested wait_for: the innermost deadline fires first and its TimeoutError can be handled
# inside the outer wait_for, which then returns normally.
import asyncio


async def leaf():
    try:
        await asyncio.sleep(10)
    finally:
        print("leaf: finally")


async def middle():
    try:
        await asyncio.wait_for(leaf(), 0.01)
    except TimeoutError:
        print("middle: inner timed out")
    return "middle done"


async def long_middle():
    await asyncio.wait_for(leaf(), 10)


async def main():
    print(await asyncio.wait_for(middle(), 10))
    try:
        await asyncio.wait_for(long_middle(), 0.02)
    except TimeoutError:
        print("main: outer timed out")


asyncio.run(main())
