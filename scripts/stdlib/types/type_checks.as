# Dispatching on the kind of callable or object with the names in types.
import asyncio
import sys
import types


def plain():
    return 1


async def coro_fn():
    return 2


def gen_fn():
    yield 3


async def agen_fn():
    yield 4


class Widget:
    def method(self):
        return 5


def describe(obj):
    checks = [
        ("coroutine", types.CoroutineType),
        ("generator", types.GeneratorType),
        ("async generator", types.AsyncGeneratorType),
        ("bound method", types.MethodType),
        ("builtin", types.BuiltinFunctionType),
        ("function", types.FunctionType),
        ("module", types.ModuleType),
        ("None", types.NoneType),
    ]
    for label, t in checks:
        if isinstance(obj, t):
            return label
    return type(obj).__name__


coro = coro_fn()
items = [plain, coro, gen_fn(), agen_fn(), Widget().method, len, sys, None, lambda: 0, Widget(), [].append]
for obj in items:
    print(describe(obj))
print(asyncio.run(coro))
print(types.FunctionType is types.LambdaType, types.BuiltinMethodType is types.BuiltinFunctionType)
print(types.FunctionType.__name__, types.MethodType.__name__, types.CoroutineType.__name__)
print(type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType)
