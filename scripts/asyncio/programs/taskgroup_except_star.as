# TaskGroup failures caught with except*: split by type, nested groups, siblings cancelled, .exceptions.
import asyncio

async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def slow(log, name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.02, ValueError("v1")))
            tg.create_task(fail(0.02, TypeError("t1")))
            tg.create_task(slow(log, "s1"))
    except* ValueError as eg:
        print("ValueError group:", [str(e) for e in eg.exceptions], type(eg).__name__)
    except* TypeError as eg:
        print("TypeError group:", repr(eg))
    print(log)

    async def inner_group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.02, KeyError("deep")))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(fail(0.04, OSError(2, "outer")))
    except* KeyError as eg:
        print("nested:", repr(eg))
        print("leaf:", repr(eg.exceptions[0].exceptions[0]))
    except* OSError as eg:
        print("os:", repr(eg))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.02, RuntimeError("r")))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        print("body cancelled by failure:", eg.message, len(eg.exceptions))

    eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
    match, rest = eg.split(ValueError)
    print(repr(match), repr(rest))
    print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
    try:
        raise eg
    except* ValueError as g:
        print("handled", len(g.exceptions))
    except* TypeError:
        print("types handled too")

    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(asyncio.sleep(0.01, result="ok"))
    print(t.result())
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
