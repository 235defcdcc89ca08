# Benchmark: closures and decorators — counters and adders built by closures, a memoising and
# a counting decorator, sorted(key=lambda ...), functools.reduce and functools.partial.
import functools


def counting(fn):
    calls = [0]

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls[0] += 1
        return fn(*args, **kwargs)

    wrapper.calls = calls
    return wrapper


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    return wrapper


def make_adder(k):
    def add(x):
        return x + k
    return add


@counting
def scale(x, f):
    return x * f


@memo
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


def main():
    adders = [make_adder(k) for k in range(10)]
    total = 0
    for i in range(60000):
        total += adders[i % 10](i)
        total += scale(i, 3)
    triple = functools.partial(scale, f=3)
    pairs = [(i * 7919 % 1009, i) for i in range(80000)]
    by_key = sorted(pairs, key=lambda p: (p[0] % 13, -p[1]))
    product = functools.reduce(lambda a, b: (a * b) % 1000003, range(1, 60000), 1)
    steps = max(range(1, 30000), key=collatz)
    print(total, scale.calls[0], triple(5), by_key[0], by_key[-1], product, steps)


main()
