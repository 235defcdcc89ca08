# A library deprecating an old function; the test records the warnings it raises.
import warnings

def new_api(x):
    return x * 2

def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return new_api(x)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    results = [old_api(i) for i in range(3)]
print(results)
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno)
print(type(caught[0].message).__name__, caught[0].message.args)
