# a, b = x, y and a, b, c = x, y, z: every value is evaluated first, left to right, then the
# targets are stored left to right (so i, l[i] = 1, 9 stores l[1]).
def f():
    a, b = 1, 2
    print(a, b)
    a, b = b, a
    print(a, b)
    x, y, z = a, b, a + b
    print(x, y, z)
    [p, q] = [x, y]
    print(p, q)
    d = {}
    d["k"], d["j"] = 1, 2
    print(d)
    class O: pass
    o = O()
    o.u, o.v, o.w = 3, 4, 5
    print(o.u, o.v, o.w)
    l = [0, 0, 0]
    i = 0
    i, l[i] = 1, 9
    print(i, l)
    def g(n):
        print("eval", n)
        return n
    m, n = g(1), g(2)
    (r, s), t = (g(3), g(4)), g(5)
    print(m, n, r, s, t)
    try:
        a, b = 1, undefined_name
    except NameError as e:
        print(e)
    try:
        aa, bb = (1, 2, 3)
    except ValueError as e:
        print(e)
f()
a, b, c = "abc"
x, y = 1, 2
x, y = y, x
print(a, b, c, x, y)
