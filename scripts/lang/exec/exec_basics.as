# exec() at module level runs in the module's globals; with a dict it runs in that dict,
# which gains __builtins__; with separate globals and locals, assignments go to the locals.

counter = 1
exec("counter += 1\nnew_name = counter * 10")
print(counter, new_name)

namespace = {"base": 3}
exec("""
def scale(n):
    return n * base

values = [scale(i) for i in range(4)]
""", namespace)
print(sorted(k for k in namespace if k != "__builtins__"))
print(namespace["values"], namespace["scale"](5), "__builtins__" in namespace)

glob = {"g": 1}
loc = {"l": 2}
exec("total = g + l\ng2 = 'not global'", glob, loc)
print(sorted(k for k in glob if k != "__builtins__"), loc)

exec("from math import gcd\nresult = gcd(12, 18)", namespace)
print(namespace["result"])

source = b"greeting = 'hi from bytes'"
exec(source)
print(greeting)


class Config:
    exec("debug = True\nlevel = 3")
    summary = f"debug={debug} level={level}"


print(Config.summary, Config.level)
