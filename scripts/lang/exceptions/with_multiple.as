# Checks: `with A() as a, B() as b:` enters left to right and exits right to left; nested with
# statements; an exception in the second __enter__ still exits the first; an exception in
# __exit__ replaces the body's exception.
class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name = name
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise KeyError("exit failed: " + self.name)
        return False
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("outer") as o:
    with CM("inner") as i:
        print("nested body", o, i)
try:
    with CM("first"), CM("second", fail_enter=True):
        print("never")
except RuntimeError as e:
    print("caught:", e)
try:
    with CM("x", fail_exit=True):
        raise ValueError("body error")
except KeyError as e:
    print("caught:", e, "| context:", repr(e.__context__))
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)
