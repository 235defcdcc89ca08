# ExceptionGroup split/subgroup/derive/add_note from a TaskGroup, except*, uncaught notes.
import asyncio


class HttpError(Exception):
    def __init__(self, code):
        super().__init__(f"HTTP {code}")
        self.code = code


async def call(i):
    await asyncio.sleep(0.01 * i)
    if i % 3 == 0:
        raise HttpError(500 + i)
    if i % 3 == 1:
        raise ValueError(f"bad value {i}")
    return i


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(1, 7):
                tg.create_task(call(i))
    except ExceptionGroup as eg:
        print("message:", eg.message)
        print("count:", len(eg.exceptions))
        http, rest = eg.split(HttpError)
        print("http:", http)
        print("rest:", rest)
        print("subgroup 5xx:", eg.subgroup(lambda e: isinstance(e, HttpError) and e.code > 505))
        print("subgroup none:", eg.subgroup(KeyError))
        d = eg.derive([ValueError("x")])
        print("derive:", type(d).__name__, d.message, d.exceptions)
        eg.add_note("while calling backends")
        print("notes:", eg.__notes__)

    eg = ExceptionGroup("batch", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    match, rest = eg.split(ValueError)
    print(repr(match))
    print(repr(rest))
    try:
        raise eg
    except* TypeError as te:
        print("except* TypeError:", repr(te))
    except* ValueError as ve:
        print("except* ValueError:", repr(ve))
    try:
        raise KeyError("solo")
    except* KeyError as ke:
        print("bare in except*:", repr(ke))
    beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
    print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
    e = ValueError("noted")
    e.add_note("first note")
    e.add_note("second note")
    raise e


asyncio.run(main())
