# Generators that something else can still reach stay open when a loop leaves them.
def records(tag, n=4):
    try:
        for i in range(n):
            yield i
    finally:
        print("close", tag)


g = records("named")
for r in g:
    if r == 1:
        break
print("after named loop, next is", next(g))
print("rest", list(g))

kept = []


def make():
    gen = records("stored")
    kept.append(gen)
    return gen


for r in make():
    break
print("after stored loop, next is", next(kept[0]))
kept[0].close()


class Shared:
    def __init__(self):
        self.gen = records("shared")

    def __iter__(self):
        return self.gen


s = Shared()
for r in s:
    break
print("after shared loop, next is", next(s.gen))
s.gen.close()

# locals() in a generator expression shows its hidden source: it stays open.
for d in (locals() for x in records("leaked")):
    break
print("after leaked loop")
src = d[".0"]
print("leaked next is", next(src))
src.close()


# A generator made by a decorator's wrapper is not the loop's alone.
def keep(fn):
    def wrapper(*a):
        gen = fn(*a)
        kept.append(gen)
        return gen
    return wrapper


@keep
def wrapped():
    try:
        yield 1
        yield 2
    finally:
        print("close wrapped")


for r in wrapped():
    break
print("after wrapped loop")
kept[-1].close()
print("end")
