# Checks: return in finally overrides the try's return value and swallows an exception; break
# and continue in finally discard the in-flight exception; finally's own exception replaces
# the original (with __context__ set).
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            print("breaking out at", i)
            break
    return "after loop"
print(h())
def k():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(k())
def counter():
    x = 0
    try:
        x += 1
        return x
    finally:
        x += 100
        print("finally sees x =", x)
print(counter())
try:
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
