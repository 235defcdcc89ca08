# Checks: for loops over lists, strings, dicts, ranges; for/else with and without break;
# nested loops where break only exits the innermost; loop variable keeps its last value.
for x in [1, 2, 3]:
    print("x", x)
else:
    print("else: finished, x =", x)
for x in range(10):
    if x == 3:
        print("break at", x)
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("else of empty loop")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
print("after loops", i, j)
for ch in "hey":
    print(ch, end=".")
print()
for k in {"b": 1, "a": 2}:
    print(k)
total = 0
for v in range(1, 101):
    if v % 3:
        continue
    total += v
print(total)
items = [1, 2, 3]
for item in items:
    if item == 1:
        items.append(4)
    print("item", item)
