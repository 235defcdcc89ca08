# Checks: CPython's exact messages for common TypeErrors: subscripting, item assignment, calling,
# iterating, hashing, len, unpacking non-iterables.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
n = 5
s = "abc"
t = (1, 2)
f = 1.5
none = None
show(lambda: n[0])
show(lambda: f[0])
show(lambda: none[0])
def assign_str():
    s[0] = "x"
show(assign_str)
def assign_tuple():
    t[0] = 9
show(assign_tuple)
def assign_int():
    n[0] = 1
show(assign_int)
def del_str():
    del s[0]
show(del_str)
show(lambda: n())
show(lambda: s())
lst = [1]
show(lambda: lst())
show(lambda: list(n))
show(lambda: [x for x in n])
show(lambda: sum(n))
show(lambda: len(n))
show(lambda: len(f))
show(lambda: {[1]: 2})
show(lambda: hash([]))
show(lambda: {{}: 1})
show(lambda: set([[1]]))
def unpack_int():
    a, b = n
show(unpack_int)
show(lambda: iter(n))
show(lambda: next([1]))
show(lambda: "".join([1, 2]))
show(lambda: int([]))
show(lambda: abs("x"))
show(lambda: sorted([1, None]))
show(lambda: min([]))
show(lambda: range("a"))
show(lambda: chr("a"))
show(lambda: ord("ab"))
show(lambda: ord(""))
