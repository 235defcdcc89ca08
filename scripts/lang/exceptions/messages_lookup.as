# Checks: CPython's exact messages for index, key and attribute errors.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e, "| repr:", repr(e))
lst = [1, 2, 3]
tup = (1, 2)
s = "abc"
d = {"a": 1}
show(lambda: lst[3])
show(lambda: lst[-4])
show(lambda: tup[2])
show(lambda: s[3])
show(lambda: range(2)[2])
show(lambda: d["b"])
show(lambda: d[("x", 1)])
show(lambda: d[None])
show(lambda: d[1.5])
show(lambda: {}.pop("gone"))
show(lambda: [].pop())
show(lambda: lst.pop(10))
show(lambda: lst.index(99))
show(lambda: lst.remove(99))
show(lambda: s.index("z"))
show(lambda: None.foo)
show(lambda: (1).foo)
show(lambda: s.nosuch)
show(lambda: lst.nosuch())
show(lambda: d.nosuch)
class K:
    pass
show(lambda: K().attr)
show(lambda: K.attr)
show(lambda: d["a"]["b"])
