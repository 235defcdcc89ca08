# Strings built by += and s = s + t in loops, side by side and onto shared prefixes: each
# keeps its own text however the concatenations that follow reuse its room.
def main():
    s = ""
    for i in range(200000):
        s += "ab"
    print(len(s), s[:6], s[-4:])
    base = "x" * 300
    t1 = base + "1"
    t2 = base + "2"
    t3 = t1 + "A"
    t4 = t1 + "B"
    print(t1[-3:], t2[-3:], t3[-3:], t4[-3:], len(base), base[-1])
    u = "q" * 300
    for i in range(1000):
        u = u + str(i % 10)
    v = u
    u += "END"
    v += "end"
    print(u[-6:], v[-6:], len(u), len(v))
    a, b = "a" * 256, "b" * 256
    for i in range(100):
        a += "1"
        b += "2"
    print(a[-3:], b[-3:], len(a), len(b))
    w = "é" * 200
    w += "ü" * 100
    print(len(w), w[199], w[200], w[-1])


main()
