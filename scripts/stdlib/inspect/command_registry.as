# A command registry: decorators record each handler's signature, and a dispatcher binds
# parsed arguments to it, reporting usage errors as a CLI would.
import asyncio
import functools
import inspect

COMMANDS = {}


def command(fn):
    sig = inspect.signature(fn)
    COMMANDS[fn.__name__] = (fn, sig)

    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        if inspect.iscoroutinefunction(fn):
            return await fn(*args, **kwargs)
        return fn(*args, **kwargs)
    return wrapper


@command
async def fetch(url: str, retries: int = 3, *, timeout: float = 1.5) -> str:
    """Fetch a URL.

    Retries on failure.
    """
    await asyncio.sleep(0)
    return f"fetched {url} (retries={retries}, timeout={timeout})"


@command
def add(a: int, b: int, /, *more: int) -> int:
    "Add numbers."
    return a + b + sum(more)


@command
def configure(name, **options):
    return f"{name}: {sorted(options.items())}"


def usage(name):
    fn, sig = COMMANDS[name]
    return f"{name}{sig}  -- {inspect.getdoc(fn).splitlines()[0] if fn.__doc__ else 'no help'}"


async def dispatch(name, *args, **kwargs):
    fn, sig = COMMANDS[name]
    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError as e:
        return f"error: {name}: {e}"
    bound.apply_defaults()
    print("  bound:", bound)
    result = fn(*bound.args, **bound.kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


async def main():
    for name in COMMANDS:
        print(usage(name))
    print(inspect.getdoc(COMMANDS["fetch"][0]))
    calls = [
        ("fetch", ("http://a",), {}),
        ("fetch", ("http://b", 5), {"timeout": 0.1}),
        ("fetch", (), {}),
        ("fetch", ("x", 1, 2), {}),
        ("add", (1, 2, 3, 4), {}),
        ("add", (1,), {"b": 2}),
        ("configure", ("db",), {"host": "h", "port": 5432}),
        ("configure", (), {"verbose": True}),
        ("fetch", ("u",), {"colour": "red"}),
    ]
    for name, args, kwargs in calls:
        print(await dispatch(name, *args, **kwargs))
    for name, (fn, sig) in COMMANDS.items():
        kinds = [(p.name, str(p.kind), p.kind.description) for p in sig.parameters.values()]
        print(name, kinds, sig.return_annotation)


asyncio.run(main())
