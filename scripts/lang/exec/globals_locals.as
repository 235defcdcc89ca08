# globals() is the module's namespace, live: writing to it defines globals. locals() in a
# function is a snapshot of its variables, refreshed at each call; at module level it is
# globals().

PREFIX = "cmd_"


def cmd_hello():
    return "hello"


def cmd_bye():
    return "bye"


def dispatch(name):
    handler = globals().get(PREFIX + name)
    if handler is None:
        return f"unknown command {name}"
    return handler()


print(dispatch("hello"), dispatch("bye"), dispatch("nope"))

for i in range(3):
    globals()[f"var{i}"] = i * i
print(var0, var1, var2)
print("var2" in globals(), globals() is globals(), locals() is globals())
print([k for k in globals() if k.startswith("var")])
del globals()["var0"]
print("var0" in globals())


def snapshot(a, b=2):
    c = a + b
    first = locals()
    print(sorted(first))
    d = c * 2
    second = locals()
    print(first is second, sorted(second))
    second["c"] = "changed in the dict"
    print("c is still", c)
    return second


print(sorted(snapshot(1).items()))


def closure():
    outer = "captured"

    def inner():
        return sorted(locals())
    return inner()


print(closure())


def with_exec():
    x = 5
    exec("y = x + 1")
    print(locals()["y"])
    try:
        print(y)
    except NameError as e:
        print("NameError:", e)


with_exec()


def introspect(first, second=None):
    local_value = [first]
    return dir(), sorted(vars().items(), key=lambda kv: kv[0])


print(introspect(1))
print("introspect" in dir(), vars() is globals())

g = globals()
g.update(extra_a=1, extra_b=2)
print(extra_a + extra_b, g.pop("extra_b"), "extra_b" in g, g.pop("extra_b", "gone"))
print({k: v for k, v in {**g}.items() if k.startswith("extra")}, len(dict(g)) == len(g))
print(g.setdefault("extra_a", 99), g.setdefault("extra_c", 3), extra_c)
