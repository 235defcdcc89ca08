# Context managers that suppress exceptions by returning a truthy value from __exit__,
# their async counterparts, async iterators, and CPython's errors for objects that lack
# (or botch) the protocols.
import asyncio


class Suppress:
    def __init__(self, *kinds, verdict=True):
        self.kinds = kinds
        self.verdict = verdict

    def __enter__(self):
        print("  enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        print(f"  exit {name} {exc!r}, traceback {tb is not None}")
        if exc_type is not None and issubclass(exc_type, self.kinds):
            return self.verdict
        return None


with Suppress(KeyError) as s:
    print("inside", type(s).__name__)
    {}["missing"]
    print("not reached")
print("after KeyError")
with Suppress(KeyError, verdict="yes, a truthy string"):
    raise KeyError("k")
with Suppress(KeyError, verdict=[]):
    pass
try:
    with Suppress(KeyError, verdict=[]):
        raise KeyError("falsy verdict")
except KeyError as e:
    print("propagated", e)
try:
    with Suppress(KeyError):
        raise ValueError("other")
except ValueError as e:
    print("propagated", e)


def early_return():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "fell through after suppression"


print(early_return())

for n in range(3):
    with Suppress(ValueError):
        if n == 1:
            raise ValueError(n)
        print("loop body", n)


class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *args):
        return False


for obj in (NoExit(), NoEnter(), 42):
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")


class Transaction:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"  begin {self.name}")
        return self.name

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"  {'rollback' if exc_type else 'commit'} {self.name}")
        return exc_type is not None and issubclass(exc_type, RuntimeError)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


class SyncEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *args):
        return False


class SyncExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *args):
        return True


class BadAiter:
    def __aiter__(self):
        return [1, 2]


async def main():
    async with Transaction("t1") as name:
        print("  working in", name)
    async with Transaction("t2"):
        raise RuntimeError("suppressed by __aexit__")
    try:
        async with Transaction("t3"):
            raise ValueError("not suppressed")
    except ValueError as e:
        print("propagated", e)
    print([x async for x in Countdown(3)])
    async for x in Countdown(2):
        print("tick", x)
    print(await anext(Countdown(5)), await anext(Countdown(0), "done"))
    for label, body in [("sync __aenter__", SyncEnter), ("sync __aexit__", SyncExit), ("plain object", object)]:
        try:
            async with body():
                pass
        except (TypeError, AttributeError) as e:
            print(f"{label}: {type(e).__name__}: {e}")
    try:
        async with SyncExit():
            raise KeyError("k")
    except TypeError as e:
        print(f"sync __aexit__ on error: TypeError: {e}")
    for label, it in [("bad __aiter__", BadAiter()), ("int", 5)]:
        try:
            async for _ in it:
                pass
        except TypeError as e:
            print(f"{label}: TypeError: {e}")
    try:
        with Transaction("t4"):
            pass
    except (TypeError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")


asyncio.run(main())
