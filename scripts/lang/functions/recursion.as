# Checks: recursive functions — factorial, fibonacci, mutual recursion, recursion over nested
# lists, recursion with accumulators.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(8)], fact(25))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth([1, [2, [3]]]), depth([]), depth(5))
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3), len(hanoi(10)))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5))
print(sum(range(500)) == (lambda f, n: f(f, n))(lambda self, n: 0 if n == 0 else n + self(self, n - 1), 499))
