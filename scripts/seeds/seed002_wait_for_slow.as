# Seed 002 ("Timeouts", Example 2): wait_for() cancels the slow operation at the timeout, WAITS
# for it to finish cancelling, and only then raises TimeoutError: "Slow operation was
# cancelled." comes first, contrary to the output claimed by the seed (see docs/seeds.md).
# Shortened: timeout=3 -> timeout=2 (the 5 s sleep is cancelled, so it costs nothing).
import asyncio

async def slow_operation():
    print("Slow operation is starting...")
    try:
        await asyncio.sleep(5) # This is more than the 2-second timeout
        print("This message will not be printed because the task was cancelled.")
    except asyncio.CancelledError:
        print("Slow operation was cancelled.")
        raise # It's good practice to re-raise the exception after cleanup

async def main():
    try:
        print("Waiting for slow operation...")
        await asyncio.wait_for(slow_operation(), timeout=2)
        print("This message will not be printed.")
    except asyncio.TimeoutError:
        print("Successfully caught a TimeoutError.")
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
