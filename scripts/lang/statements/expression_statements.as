# Checks: expression statements are evaluated for their side effects and their values are
# discarded (nothing is echoed, unlike the REPL).
def side(x):
    print("side effect", x)
    return x
side(1)
1 + 2
"a bare string statement"
[side(2), side(3)]
side(4) or side(5)
side(0) and side(6)
x = [1]
x.append(2)
x
len(x)
...
print(x, ...)
