# Checks: while loops — the else clause runs when the condition becomes false but not after
# break; continue skips the rest of the body; while/else with an initially false condition.
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("else after normal exit, n =", n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        print("breaking at", n)
        break
else:
    print("not printed")
n = 0
while n < 6:
    n += 1
    if n % 2:
        continue
    print("even", n)
else:
    print("else after continue loop")
while False:
    print("never")
else:
    print("else of never-entered loop")
i = 0
while True:
    i += 1
    if i > 100:
        break
print(i)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz steps", steps)
