# asyncio.timeout misuse: entering a Timeout a second time (inside it or after it) is a
# RuntimeError; a delay that is not a number fails when the deadline is computed.
import asyncio


async def main():
    cm = asyncio.timeout(1)
    async with cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.timeout("soon")
    except TypeError as e:
        print("TypeError:", e)
    print(type(cm).__name__)


asyncio.run(main())
