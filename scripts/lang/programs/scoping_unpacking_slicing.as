# global/nonlocal, closures, late binding, comprehension scope, class scope, walrus, star-unpacking, slicing, sort keys.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified by inner"
    inner()
    return x
print(outer(), x)
def set_global():
    global x
    x = "changed"
set_global()
print(x)
def make_counter():
    count = 0
    def incr(step=1):
        nonlocal count
        count += step
        return count
    return incr
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(10), c2())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
y = 10
print([y for y in range(3)], y)
class A:
    val = 5
    doubled = [val * 2 for _ in range(2)] if False else None
    items = [1, 2, 3]
    total = sum(i for i in items)
print(A.total)
try:
    class B:
        v = 3
        lst = [v for _ in range(2)]
except NameError as e:
    print("NameError:", e)
def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
    for _ in range(5):
        bump()
    return n
print(counter_gen())
def shadow():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1
z = 99
shadow()
if (n := len("hello")) > 3:
    print("long", n)
data = [1, 5, 2, 8, 3]
print([s for x in data if (s := x * x) > 10], s)
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
head, *tail = "x"
print(head, tail)
print(*[1, 2], *"ab", sep=",")
d1 = {"a": 1}
d2 = {**d1, "b": 2, **{"a": 3}}
print(d2, [*range(3), *"xy"], (*range(2),))
def kw(a, /, b, *, c=3, **rest):
    return a, b, c, rest
print(kw(1, 2), kw(1, b=5, c=6, d=7))
try:
    kw(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
lst = list(range(10))
print(lst[::2], lst[::-1], lst[-3:], lst[2:8:3], lst[:-7:-2], lst[100:])
lst[2:5] = ["x"]
print(lst)
del lst[::3]
print(lst)
s = "hello world"
print(s[::-1], s[-5:], s[3:-3])
print(sorted(["banana", "Apple", "cherry"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
people = [("alice", 30), ("bob", 25), ("carol", 30)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
import operator
print(sorted(people, key=operator.itemgetter(1)), max(people, key=lambda p: p[1]))
