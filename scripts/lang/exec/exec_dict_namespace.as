# A dict given to exec as globals is the namespace of the code it runs.
src = '''
count = 0
def bump(n=1):
    global count
    count += n
    return count
def show():
    return f"{greeting}, {name}!"
'''
d = {}
exec(src, d)
print(sorted(k for k in d if k != '__builtins__'))
print(d['bump'](), d['bump'](5), d['count'])
d['greeting'] = 'hello'
d['name'] = 'world'
print(d['show']())
d['name'] = 'there'
print(d['show']())

# a second exec in the same dict goes on where the first stopped
exec("count += 100\nlate = bump()", d)
print(d['count'], d['late'])

# a function deleting a global
exec("def forget():\n    global count\n    del count\n", d)
d['forget']()
print('count' in d, d.get('count', 'gone'))
try:
    d['bump']()
except NameError as e:
    print('NameError:', e)

# globals() inside the code is the dict itself
g = {}
exec("me = globals()", g)
print(g['me'] is g)
exec("def who():\n    return globals()\n", g)
print(g['who']() is g)

# eval sees the dict and a lambda defined there keeps seeing it
e = {'base': 10}
f = eval("lambda x: x + base", e)
print(f(1))
e['base'] = 20
print(f(1))

# a class body in exec reads the dict's globals
c = {'factor': 3}
exec('''
class Scaler:
    k = factor * 2
    def scale(self, x):
        return x * factor
''', c)
c['factor'] = 7
print(c['Scaler'].k, c['Scaler']().scale(2))

# iteration, len and items see globals that code assigned
h = {}
exec("a = 1\nb = 2\ndef setc():\n    global c\n    c = 3\n", h)
n = len(h)
h['setc']()
print(len(h) - n, [k for k in h if k != '__builtins__'])
print({k: v for k, v in h.items() if k in 'abc'})
h.pop('a')
try:
    exec("print(a)", h)
except NameError as e:
    print('NameError:', e)
h.clear()
print(len(h))
exec("x = 5", h)
print(sorted(h), h['x'])

# non-str keys stay in the dict
m = {1: 'one'}
exec("y = 2", m)
print(m[1], m['y'], 1 in m)

# the same dict as globals and locals
s = {}
exec("z = 9\ndef getz():\n    return z\n", s, s)
s['z'] = 10
print(s['getz']())
