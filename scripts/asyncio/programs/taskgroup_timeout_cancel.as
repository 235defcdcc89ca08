# TaskGroup inside asyncio.timeout, a cancelled task running a TaskGroup, create_task after exit, a sibling failing.
import asyncio


async def step(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def group_in_timeout():
    try:
        async with asyncio.timeout(0.25):
            async with asyncio.TaskGroup() as tg:
                for i, d in enumerate([0.1, 0.2, 1.0]):
                    tg.create_task(step(f"job{i}", d))
    except TimeoutError as e:
        print("group timed out:", type(e).__name__, repr(e.__cause__ if e.__cause__ else e.__context__))


async def group_parent_cancelled():
    async def body():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("child-a", 0.05))
            tg.create_task(step("child-b", 2))
    t = asyncio.create_task(body())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("body task cancelled:", t.cancelled())


async def group_after_exit():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(step("only", 0.01))
    print("result after exit:", t.result())
    late = step("late", 0)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError:", e)
    late.close()


async def child_returns_while_sibling_fails():
    async def boom():
        await asyncio.sleep(0.05)
        raise KeyError("boom")
    try:
        async with asyncio.TaskGroup() as tg:
            ok = tg.create_task(step("quick", 0.01))
            tg.create_task(boom())
            tg.create_task(step("slow", 1))
    except* KeyError as eg:
        print("KeyError group:", [repr(e) for e in eg.exceptions], "quick result:", ok.result())


async def main():
    await group_in_timeout()
    await group_parent_cancelled()
    await group_after_exit()
    await child_returns_while_sibling_fails()


asyncio.run(main())
