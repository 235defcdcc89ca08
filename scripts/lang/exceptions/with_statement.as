# Checks: with over class-based context managers — __enter__ return value bound by `as`,
# __exit__ receiving (type, value, traceback) or Nones, __exit__ returning True suppressing the
# exception, returning a falsy value letting it propagate, and exit on return/break.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is None)
        return self.suppress
with Tracker("plain") as value:
    print("body got", value)
with Tracker("suppress", suppress=True):
    print("about to fail")
    raise ValueError("suppressed error")
    print("not reached")
print("after suppressed with")
try:
    with Tracker("propagate"):
        {}["k"]
except KeyError as e:
    print("propagated:", repr(e))
def early():
    with Tracker("return"):
        return "returned value"
print(early())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            break
class NoValue:
    def __enter__(self):
        print("enter NoValue")
    def __exit__(self, *args):
        print("exit NoValue", args)
with NoValue() as nv:
    print("as target is", nv)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1
with Truthy():
    1 / 0
print("suppressed by truthy non-bool return")
