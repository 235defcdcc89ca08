# Checks: assignment expressions (:=) in if/while conditions, comprehensions (binding in the
# enclosing scope), and as call arguments.
data = [5, 12, 3, 18, 7]
if (n := len(data)) > 3:
    print("long list:", n)
print(n)
i = 0
while (value := data[i]) != 3:
    print("value", value)
    i += 1
print("stopped at", value, "index", i)
big = [y for x in data if (y := x * 2) > 15]
print(big, y)
print([last := v for v in range(4)], last)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
def f(x):
    return (s := x * x) + s
print(f(3))
print((z := 10), z + 1)
print(max(a := 3, a * 2))
if any((hit := v) > 10 for v in data):
    print("first over 10:", hit)
def g():
    [inner := k for k in range(3)]
    return inner
print(g())
