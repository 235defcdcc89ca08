# Seed 002 ("Creating and Running Tasks"): two workers run concurrently; B finishes first,
# results are collected in await order. Shortened: worker('A', 3) -> worker('A', 2).
import asyncio

async def worker(name, delay):
    print(f"Task {name}: starting...")
    await asyncio.sleep(delay)
    print(f"Task {name}: finished.")
    return f"Result of {name}"

async def main():
    print("Main: creating tasks...")

    # Create tasks without immediately awaiting them
    task1 = asyncio.create_task(worker('A', 2))
    task2 = asyncio.create_task(worker('B', 1))

    print("Main: tasks are scheduled, now waiting for them to complete...")

    # Await the results of the tasks concurrently
    result1 = await task1
    result2 = await task2

    print(f"Main: Got results: {result1}, {result2}")

# Entry point of the application
asyncio.run(main())
