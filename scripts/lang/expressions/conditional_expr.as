# Checks: conditional expressions — laziness of the unused branch, nesting, precedence with
# lambda, or, and tuples.
def loud(v):
    print("eval", v)
    return v
print("yes" if True else "no", "yes" if 0 else "no")
print(loud("a") if 1 else loud("b"))
print(loud("c") if [] else loud("d"))
n = 15
print("fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else n)
for n in [3, 5, 7, 30]:
    print(n, "fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else n)
x = 1 if False else 2 if False else 3
print(x)
f = lambda k: "neg" if k < 0 else "zero" if k == 0 else "pos"
print(f(-2), f(0), f(9))
print(1, 2 if False else 3)
print((1, 2) if True else 3)
print(0 or 5 if 0 else 6)
print([i if i % 2 else -i for i in range(5)])
print(abs(-3) if -3 < 0 else -3)
