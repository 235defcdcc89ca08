# Seed 003 ("Sleeping"): sleep(delay, result) returns result to the caller; sleep() always
# suspends the current task, and sleep(0) lets the other ready tasks run.
import asyncio

async def other():
    print("other runs")

async def main():
    print(await asyncio.sleep(0.1, result="slept"))
    print(await asyncio.sleep(0))
    t = asyncio.create_task(other())
    print("before sleep(0)")
    await asyncio.sleep(0)
    print("after sleep(0), other done:", t.done())

asyncio.run(main())
