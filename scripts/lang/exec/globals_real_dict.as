# globals() is a real dict, one namespace with the module's globals.
import json

g = globals()
print(type(g).__name__, isinstance(g, dict), g is globals())

counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(g['counter'])
g['counter'] = 10
bump()
print(counter)

# ordinary dict operations see the globals
names = [k for k in g if not k.startswith('__')]
print(names)
print(sorted(k for k, v in g.items() if isinstance(v, int)))
copy = dict(g)
print(copy is g, copy['counter'], {**g}['counter'])
g.update(alpha=1, beta=2)
print(alpha + beta)
print(g.pop('beta'), 'beta' in g)
try:
    beta
except NameError as e:
    print('NameError:', e)
print(g.setdefault('gamma', 3), gamma)

# a non-str key lives in the dict alone
g[42] = 'answer'
print(g[42], 42 in g)
del g[42]

# exec with the module's globals defines module globals
exec("def triple(x):\n    return 3 * x\nresult = triple(counter)", g)
print(result, triple(2))
exec("delta = 4", None, g)
print(delta)

# a dispatch table looked up by name
def handle_add(a, b): return a + b
def handle_mul(a, b): return a * b
for op in ('add', 'mul'):
    print(op, g['handle_' + op](6, 7))

# vars() of another module is its __dict__
import sys
mod = sys.modules[__name__]
print(vars(mod) is g, mod.__dict__ is g)
print(json.dumps({k: g[k] for k in ('alpha', 'gamma', 'delta')}))
print(len(g) == len([k for k in g]))
