# TaskGroup with failing children: except* per type, sibling cancellation, nested handlers, ExceptionGroup split/subgroup.
import asyncio

class ValidationError(Exception):
    pass

async def job(i):
    # Jobs after the failing one take long enough to be cancelled even on a busy machine.
    await asyncio.sleep(0.02 * i if i <= 3 else 1 + 0.02 * i)
    if i == 3:
        raise ValidationError(f"bad item {i}")
    if i == 5:
        raise KeyError(i)
    return i * i

async def main():
    results = {}
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = {i: tg.create_task(job(i)) for i in range(1, 7)}
    except* ValidationError as eg:
        print("validation:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("keyerror:", [repr(e) for e in eg.exceptions])
    for i, t in tasks.items():
        if t.cancelled():
            results[i] = "cancelled"
        elif t.exception() is not None:
            results[i] = f"error {t.exception()!r}"
        else:
            results[i] = t.result()
    print(results)

    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job(1))
        b = tg.create_task(job(2))
    print("sum", a.result() + b.result())

    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job(3))
                tg.create_task(job(5))
        except* ValidationError:
            print("handled validation only")
    except* KeyError as eg:
        print("outer got", type(eg).__name__, eg.exceptions)

    eg = ExceptionGroup("multi", [ValueError(1), TypeError(2), ValueError(3)])
    match, rest = eg.split(ValueError)
    print(match, rest)
    print(repr(eg))
    sub = eg.subgroup(lambda e: isinstance(e, TypeError))
    print(sub.exceptions)

asyncio.run(main())
