# Checks: except with a tuple of types, bare except (catches everything, even
# KeyboardInterrupt), except Exception versus BaseException, and the `as` variable being
# deleted after the handler.
def fail(kind):
    if kind == 1:
        raise ValueError("v")
    if kind == 2:
        raise TypeError("t")
    if kind == 3:
        raise KeyError("k")
    if kind == 4:
        raise KeyboardInterrupt
for kind in range(1, 5):
    try:
        fail(kind)
    except (ValueError, TypeError) as e:
        print("tuple handler:", type(e).__name__, e)
    except:
        print("bare except caught something for kind", kind)
try:
    fail(4)
except Exception:
    print("not caught here")
except BaseException as e:
    print("BaseException caught:", type(e).__name__, repr(e))
handlers = (KeyError, IndexError)
try:
    fail(3)
except handlers as e:
    print("tuple in a variable:", repr(e))
e = "outer value"
try:
    fail(1)
except ValueError as e:
    print("inside handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
