# A generator that only a for loop can reach is closed when the loop drops it early.
def records(tag, n=10):
    try:
        for i in range(n):
            yield i
    finally:
        print("close", tag)


for r in records("break"):
    if r == 2:
        break
print("after break")


def first_over(limit):
    for r in records("return"):
        if r > limit:
            return r
    return None


print(first_over(1), "after return")

try:
    for r in records("raise"):
        if r == 1:
            raise ValueError("boom")
except ValueError as e:
    print("caught", e)


def raises_through():
    for r in records("escape"):
        if r == 1:
            raise KeyError(r)


try:
    raises_through()
except KeyError as e:
    print("caught key", e)

# Nested loops: break leaves only the inner one.
for a in records("outer", 3):
    for b in records("inner %d" % a, 3):
        if b == 1:
            break
    print("outer body", a)
print("after nested")

# Returning from two loops closes both, innermost first.
def find():
    for a in records("find outer", 3):
        for b in records("find inner", 3):
            if a == 1 and b == 1:
                return a, b


print(find())

# continue keeps the loop (and its generator) going.
for r in records("continue", 3):
    if r == 1:
        continue
    print("continue body", r)

# A finally around the loop runs after the generator's.
def around():
    try:
        for r in records("around"):
            if r == 1:
                return "done"
    finally:
        print("around finally")


print(around())

# The loop's else does not run after break; the generator is already closed.
for r in records("else"):
    break
else:
    print("not printed")
print("after else")


# A class whose __iter__ is a generator function: the loop owns what it makes.
class Box:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        try:
            yield from self.items
        finally:
            print("box closed")


for item in Box([1, 2, 3]):
    if item == 2:
        break
print("after box")


# Closing an outer generator closes the one its loop is paused in.
def chain():
    try:
        for r in records("chained"):
            yield r * 10
    finally:
        print("chain finally")


for v in chain():
    if v == 10:
        break
print("after chain")


def delegating():
    try:
        yield from records("delegated")
    finally:
        print("delegating finally")


for v in delegating():
    break
print("after delegating")

# Generator expressions: the loop owns the genexpr, the genexpr owns its source.
for v in (r * 2 for r in records("genexpr")):
    if v == 4:
        break
print("after genexpr loop")

print(any(r > 3 for r in records("any")))
print(all(r < 2 for r in records("all")))
print(next(records("next")))
print(next(r for r in records("next genexpr") if r > 1))
print("after builtins")

try:
    sum(r if r < 2 else "x" for r in records("sum"))
except TypeError as e:
    print("sum failed:", e)

# A generator that catches GeneratorExit and returns is closed quietly.
def polite():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("polite exit")
        return


for x in polite():
    break
print("after polite")

# Closing a generator that has not started runs nothing.
def never():
    print("never runs")
    yield 1


for f in [never()]:
    pass
print("end")
