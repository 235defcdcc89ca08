# Benchmark: function-call overhead — naive recursive Fibonacci, about 1.6 million calls with
# small-int comparisons, subtraction and addition.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(30))
