# for loops that unpack each item of zip, enumerate and dict.items() at once: nested targets,
# wrong widths, strict zip, loops resumed on a half-used iterator, size changes.
def main():
    a = list(range(5)); b = "abcde"
    for i, (x, y) in enumerate(zip(a, b)):
        print(i, x, y)
    for x, y, z in zip(a, b, a[::-1]):
        print(x, y, z)
    for i, x in enumerate(b, start=10):
        print(i, x)
    for i, x in enumerate(b, 2**63 - 2):
        print(i, x)
    for pair in zip(a, b):
        print(pair)
    try:
        for x, y in zip(a, b, a):
            pass
    except ValueError as e:
        print(e)
    try:
        for x, y in zip(a, [1], strict=True):
            print(x, y)
    except ValueError as e:
        print(e)
    try:
        for x, y in zip([1, 2], [1], strict=True):
            print(x, y)
    except ValueError as e:
        print(e)
    for (x,) in zip(a):
        print(x, end=" ")
    print()
    z = zip(a, b)
    for x, y in z:
        if x == 2:
            break
    print(list(z))
    e = enumerate("xyz")
    next(e)
    for i, c in e:
        print(i, c)
    for i, c in enumerate(True for _ in range(2)):
        print(i, c)
    print(list(enumerate([], 5)), list(zip()))
    t = 0
    for i, (p, q) in enumerate(zip(range(200000), range(200000))):
        t += i + p - q
    print(t)
main()

def main2():
    d = {i: str(i) for i in range(1000)}
    t = 0
    for _ in range(300):
        for k, v in d.items():
            t += k + len(v)
    print(t)
    e = {"a": 1}
    try:
        for k, v in e.items():
            e["b"] = 2
    except RuntimeError as x:
        print(x)
    try:
        for k, v, w in {"a": 1}.items():
            pass
    except ValueError as x:
        print(x)
    for (k, v) in {"x": [1, 2]}.items():
        print(k, v)
    for k, (a, b) in {"y": (3, 4)}.items():
        print(k, a, b)
    for pair in {"z": 0}.items():
        print(pair)
    it = iter({"p": 1, "q": 2}.items())
    for k, v in it:
        print(k, v)
        break
    for k, v in it:
        print("rest", k, v)
    for k, v in it:
        print("never")
main2()
