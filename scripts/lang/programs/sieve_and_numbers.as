# Checks: numeric algorithms — sieve of Eratosthenes with list slice assignment, gcd/lcm,
# digit sums of big ints, base conversion, perfect numbers.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(100)
print(len(primes), primes[:10], primes[-3:])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def lcm(a, b):
    return a * b // gcd(a, b)
result = 1
for k in range(1, 21):
    result = lcm(result, k)
print("lcm(1..20) =", result)
print("digit sum of 2**1000 =", sum(int(d) for d in str(2 ** 1000)))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-10, 3), int(to_base(10 ** 20, 36), 36) == 10 ** 20)
perfect = [n for n in range(2, 1000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print("perfect:", perfect)
fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
print(fib[99], len(str(fib[99])))
