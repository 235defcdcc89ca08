# The inspect predicates an async framework uses to decide how to call a handler.
import asyncio
import functools
import inspect
import types


async def coro_handler(x):
    return x * 2


def sync_handler(x):
    return x + 1


def gen_handler(x):
    yield x


async def agen_handler(x):
    yield x


class Service:
    """A service."""

    def method(self):
        """Do the thing."""

    async def amethod(self):
        pass

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        pass


class Child(Service):
    def method(self):
        pass


svc = Service()
objects = {
    "coro_handler": coro_handler,
    "sync_handler": sync_handler,
    "gen_handler": gen_handler,
    "agen_handler": agen_handler,
    "lambda": lambda: None,
    "partial(coro)": functools.partial(coro_handler, 1),
    "bound method": svc.method,
    "bound async method": svc.amethod,
    "classmethod": Service.make,
    "staticmethod": Service.helper,
    "class": Service,
    "module": inspect,
    "builtin": len,
    "int": 3,
}
tests = [inspect.isfunction, inspect.ismethod, inspect.iscoroutinefunction,
         inspect.isgeneratorfunction, inspect.isasyncgenfunction, inspect.isclass,
         inspect.ismodule, inspect.isbuiltin, inspect.isroutine]
print("name".ljust(20), " ".join(t.__name__[2:][:6].ljust(6) for t in tests))
for name, obj in objects.items():
    print(name.ljust(20), " ".join(str(t(obj))[0].ljust(6) for t in tests))

coro = coro_handler(1)
gen = gen_handler(1)
agen = agen_handler(1)
for obj in (coro, gen, agen, 5, asyncio.sleep):
    print(inspect.iscoroutine(obj), inspect.isgenerator(obj), inspect.isasyncgen(obj),
          inspect.isawaitable(obj))
coro.close()


class Waitable:
    def __await__(self):
        yield


print(inspect.isawaitable(Waitable()), inspect.isawaitable(Waitable))


async def call(handler, value):
    if inspect.iscoroutinefunction(handler):
        return await handler(value)
    result = handler(value)
    if inspect.isawaitable(result):
        return await result
    return result


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(7)
    sleeper = asyncio.sleep(0)
    print(inspect.isawaitable(fut), inspect.isawaitable(sleeper))
    await sleeper
    for h in (coro_handler, sync_handler, functools.partial(coro_handler)):
        print(await call(h, 10))

asyncio.run(main())

print([name for name, _ in inspect.getmembers(Service, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(svc, inspect.ismethod)])
print([name for name, value in inspect.getmembers(types.SimpleNamespace(b=2, a=1, c=3))
       if not name.startswith("_")])
print(inspect.getdoc(Child.method), repr(inspect.getdoc(Child)), inspect.getdoc(svc.method))
print(inspect.cleandoc("""First line.
        indented block
          deeper
        back

    """).splitlines())
print(inspect.unwrap(functools.wraps(sync_handler)(lambda x: x)) is sync_handler)
print(inspect.getmodule(Service).__name__, inspect.iscode(sync_handler.__code__))
