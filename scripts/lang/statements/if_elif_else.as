# Checks: if/elif/else chains, only the first true branch runs, truthiness of various values
# as conditions, nested ifs.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 10:
        return "unreachable"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))
for v in [0, 1, "", "x", [], [0], {}, None, 0.0, range(0)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 1:
    if x > 3:
        print("x > 3")
    else:
        print("1 < x <= 3")
elif x > 0:
    print("never")
if x == 5: print("inline if")
if False:
    print("no")
elif False:
    print("no")
print("done")
