# Seed 003 ("Awaitables / Tasks"): create_task(nested()) schedules nested() to run soon; the task
# can be awaited. The seed's example prints nothing; the prints of the task state and of the
# awaited value are added.
import asyncio

async def nested():
    return 42

async def main():
    # Schedule nested() to run soon concurrently
    # with "main()".
    task = asyncio.create_task(nested())
    print("done before await:", task.done())

    # "task" can now be used to cancel "nested()", or
    # can simply be awaited to wait until it is complete:
    value = await task
    print("awaited:", value, task.done(), task.result())

asyncio.run(main())
