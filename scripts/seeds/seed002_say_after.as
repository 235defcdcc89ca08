# Seed 002 ("Example: Awaiting an asyncio.sleep()"): two tasks created before main() awaits;
# the shorter sleep prints first; awaiting an already finished task returns at once.
# Shortened: say_after(3, 'hello') -> say_after(2, 'hello') (order unchanged).
import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    print("starting main()")

    # Task 1
    task1 = asyncio.create_task(
        say_after(2, 'hello')
    )
    # Task 2
    task2 = asyncio.create_task(
        say_after(1, 'world')
    )

    print("tasks created, now awaiting")
    await task1
    await task2

    print("finished main()")

asyncio.run(main())
