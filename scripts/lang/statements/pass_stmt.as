# Checks: pass in every kind of block; empty-looking bodies using pass or a docstring/ellipsis.
def f():
    pass
class Empty:
    pass
class Doc:
    "only a docstring"
def g():
    ...
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(f(), g(), Empty.__name__, Doc.__name__, isinstance(Doc(), Doc))
