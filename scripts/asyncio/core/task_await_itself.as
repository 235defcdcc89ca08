# A task that awaits itself gets RuntimeError at that await (it would deadlock otherwise); the
# error can be caught inside the task. Only the message's start is printed: it goes on with the
# task's repr, which contains the absolute script path.
import asyncio

async def selfish():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
        print("mentions the task:", "Task-2" in str(e))
    return "recovered"

async def main():
    t = asyncio.create_task(selfish())
    print(await t)

asyncio.run(main())
