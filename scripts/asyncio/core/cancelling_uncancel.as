# Task.cancelling() counts pending cancel() requests; uncancel() decrements it and returns the
# new count. A task that swallowed a cancellation and called uncancel() can be cancelled again.
import asyncio

async def stubborn():
    me = asyncio.current_task()
    for round_ in range(2):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print(f"round {round_}: cancelling() = {me.cancelling()}")
            print(f"round {round_}: uncancel() -> {me.uncancel()}")
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("cancelling() before:", t.cancelling())
    t.cancel()
    t.cancel()
    print("after two cancel():", t.cancelling())
    await asyncio.sleep(0)
    print("after first delivery:", t.cancelling())
    t.cancel()
    print("after third cancel():", t.cancelling())
    print("result:", await t, "cancelled:", t.cancelled(), "cancelling:", t.cancelling())

asyncio.run(main())
