# globals() as a dict: item access, get, setdefault, pop and del, with CPython's KeyErrors.
g = globals()
g['a'] = 1
print(g['a'], g.get('a'), g.get('zz'), g.get('zz', 5), g.setdefault('b', 2), g.setdefault('b', 3), b)
print(g.pop('b'), g.pop('b', 'gone'))
del g['a']
for f in [lambda: g['a'], lambda: g.pop('a'), lambda: g.__delitem__('a')]:
    try:
        f()
    except KeyError as e:
        print('KeyError', e)
print('a' in g, g.setdefault('c'), c)
