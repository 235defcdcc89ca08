# The introspection attributes of generators, coroutines and async generators.
import asyncio
def gen():
    print("running", g.gi_running, g.gi_suspended)
    yield 1
async def co():
    print("cr running", c.cr_running)
async def ag():
    yield
class K:
    async def m(self): pass
g = gen()
print(g.__name__, g.__qualname__, g.gi_running, g.gi_suspended, g.gi_code.co_name)
next(g)
print(g.gi_suspended)
c = co()
m = K().m()
print(c.__name__, c.cr_running, m.__qualname__)
m.close()
asyncio.run(c)
a = ag()
print(a.__name__, a.ag_running, a.ag_code.co_name)
try: g.cr_running
except AttributeError as e: print(e)
