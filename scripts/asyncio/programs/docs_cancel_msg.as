# asyncio docs, Task.cancel(): cancel_me() with cleanup in finally, cancel with msg, uncancel, cancelling.
import asyncio

async def cancel_me():
    print('cancel_me(): before sleep')
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print('cancel_me(): cancel sleep')
        raise
    finally:
        print('cancel_me(): after sleep')

async def main():
    task = asyncio.create_task(cancel_me())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main(): cancel_me is cancelled now")

    t2 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(t2.cancel(msg="stop now"), t2.cancelling())
    try:
        await t2
    except asyncio.CancelledError as e:
        print("args:", e.args)
    print(t2.cancel(), t2.cancelled())

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print("cancelling:", t.cancelling())
            print("uncancel ->", t.uncancel())
        await asyncio.sleep(0.01)
        return "survived"
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())

    t4 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t4.cancel("one")
    t4.cancel("two")
    print("cancelling after two:", t4.cancelling())
    try:
        await t4
    except asyncio.CancelledError as e:
        print("got", e.args)

asyncio.run(main())
