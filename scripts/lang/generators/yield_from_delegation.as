# yield from delegates send, throw and close to the sub-iterator, and returns its StopIteration value.
def sub():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("sub caught", e)
        yield "recovered"
        return "subret"
    finally:
        print("sub finally")
def outer():
    r = yield from sub()
    print("outer got", r)
    yield "after"
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
g2 = outer(); next(g2); g2.close(); print("closed")
g3 = outer(); next(g3)
try: g3.throw(KeyError("k"))
except KeyError as e: print("KeyError", e)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration(42)
        return self.i
def o2():
    r = yield from It()
    print("r", r)
print(list(o2()))
def o3():
    yield from It()
g = o3(); next(g)
try: g.throw(IndexError("i"))
except IndexError as e: print("IndexError", e)
try: g.send(5)
except Exception as e: print(type(e).__name__, e)
