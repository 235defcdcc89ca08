# Seed 003 ("Waiting Primitives", as_completed): `for coro in as_completed(aws):
# earliest_result = await coro` yields results in completion order; with a timeout the
# iteration raises TimeoutError.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    aws = [job("slow", 0.3), job("fast", 0.1), job("medium", 0.2)]
    for coro in asyncio.as_completed(aws):
        earliest_result = await coro
        print(earliest_result)

    aws = [job("quick", 0.1), job("late", 2)]
    try:
        for coro in asyncio.as_completed(aws, timeout=0.5):
            print(await coro)
    except TimeoutError:
        print("TimeoutError")

asyncio.run(main())
