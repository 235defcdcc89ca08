from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())
hits, misses, maxsize, size = fib.cache_info()
print(hits, misses, maxsize, size)


@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


for x in [1, 2, 1, 3, 1, 2]:
    square(x)
print(square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info())


@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.__name__, ways.__wrapped__.__name__)
