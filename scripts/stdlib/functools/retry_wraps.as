import functools


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"{func.__name__} failed {times} times")
        return wrapper
    return decorate


calls = {"n": 0}


@retry(3)
def flaky(x: int) -> int:
    "Succeeds on the third call."
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError(f"bad luck {calls['n']}")
    return x * 2


print(flaky(21))
print(flaky.__name__, flaky.__doc__, flaky.__annotations__, flaky.__wrapped__.__name__)


@retry(2)
def hopeless():
    raise ValueError("never")


try:
    hopeless()
except RuntimeError as e:
    print(type(e).__name__, e)
