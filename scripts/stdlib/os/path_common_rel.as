import os.path as p
for a in [[], ['abc'], ['/usr/lib', '/usr/local'], ['a/b', 'a/c'], ('héllo', 'hèllo')]:
    print(repr(p.commonprefix(a)))
try:
    p.commonpath([])
except ValueError as e:
    print(e)
try:
    p.commonpath(['/a', 'b'])
except ValueError as e:
    print(e)
print(p.commonpath(['/usr/lib/x', '/usr/local/./y', '/usr//lib']), p.commonpath(['a/b', 'a/c']), repr(p.commonpath(['a', 'b'])), p.commonpath(['/a/b']))
try:
    p.relpath('')
except ValueError as e:
    print(e)
print(p.relpath('/a/b', '/a/b'), p.relpath('/a', '/a/b/c'), p.relpath('/x/y', '/a'), p.relpath('/a/b/../c/', '/'))
print(p.curdir, p.pardir, p.extsep, p.altsep, p.pathsep, p.defpath, p.devnull, p.normcase('AbC'), p.splitdrive('/a/b'))
