# Task refuses set_result() and set_exception() with RuntimeError; the task is unaffected and
# finishes with its own coroutine's result.
import asyncio

async def job():
    await asyncio.sleep(0.1)
    return "from coroutine"

async def main():
    t = asyncio.create_task(job())
    try:
        t.set_result("forced")
    except RuntimeError as e:
        print("set_result: RuntimeError:", e)
    try:
        t.set_exception(ValueError("forced"))
    except RuntimeError as e:
        print("set_exception: RuntimeError:", e)
    print("done:", t.done())
    print("result:", await t)

asyncio.run(main())
