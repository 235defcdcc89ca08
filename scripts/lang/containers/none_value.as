# Checks: None — functions without return give None, comparisons, `is None`, errors using None.
def nothing():
    pass
def bare_return():
    return
print(nothing(), bare_return(), print("inner") is None)
x = None
print(x is None, x is not None, x == None, x != 0, type(x).__name__)
print([None] * 3, {None: None}, (None,))
result = [].sort()
print(result)
print(None or "default", None and "unreached", not None)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    None.foo
except AttributeError as e:
    print("AttributeError:", e)
f = None
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError:", e)
