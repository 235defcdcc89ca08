# Generators: send, throw, close, yield from with a return value, StopIteration becoming RuntimeError.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("reset because", e)
            total, count, average = 0.0, 0, None
            continue
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
print(next(avg))
for v in [10, 20, 30]:
    print(avg.send(v))
print(avg.throw(ValueError("bad data")))
print(avg.send(5))
try:
    avg.send(None)
except StopIteration as e:
    print("returned", e.value)

def delegator():
    result = yield from averager()
    print("delegate got", result)
    yield "after"
d = delegator()
next(d)
d.send(1)
d.send(3)
print(d.send(None))

def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown cleanup")
c = countdown(5)
print(next(c), next(c))
c.close()
print(list(c))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)))
gen = (x * x for x in range(5))
print(gen.__next__(), sum(gen))
def tree(n, depth=0):
    yield "  " * depth + str(n)
    if n > 1:
        yield from tree(n // 2, depth + 1)
        yield from tree(n - n // 2 - 1, depth + 1)
print("\n".join(tree(6)))
def g2():
    x = yield 1
    print("got", x)
    yield 2
g = g2()
print(g.send(None), g.send("hi"))
try:
    g.send(1)
except StopIteration:
    print("exhausted")
def catcher():
    while True:
        try:
            yield
        except GeneratorExit:
            print("generator exit")
            raise
cg = catcher()
next(cg)
cg.close()
del cg
import gc
def ret():
    yield 1
    return 42
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, e.args)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(fib()).__name__, fib().__name__)
