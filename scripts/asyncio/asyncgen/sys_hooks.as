# sys.set_asyncgen_hooks / get_asyncgen_hooks: argument checks, a script's own hooks (the
# finalizer replaces closing an async for's generator), and asyncio.run installing its own
# while it runs and restoring the script's after.
import sys, asyncio
print(sys.get_asyncgen_hooks())
h = sys.get_asyncgen_hooks()
print(h.firstiter, h.finalizer, h[0], len(h), tuple(h))
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(1, 2)
except TypeError as e:
    print("TypeError:", e)
seen = []
def first(g):
    print("firstiter", g.__name__ if hasattr(g, "__name__") else type(g).__name__)
def fin(g):
    print("finalizer", type(g).__name__)
sys.set_asyncgen_hooks(firstiter=first)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(finalizer=fin)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer is fin)

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

async def main():
    print("in loop:", callable(sys.get_asyncgen_hooks().firstiter), callable(sys.get_asyncgen_hooks().finalizer))
    async for x in agen():
        break
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
print("restored:", sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer is fin)

def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def manual():
    async for x in agen():
        print("manual got", x)
        break
    print("manual after break")

drive(manual())
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
