# Checks: implicit chaining — an exception raised while handling another gets __context__;
# nested handling; __context__ is None for a fresh exception; context inside finally.
try:
    try:
        {}["missing"]
    except KeyError:
        int("not a number")
except ValueError as e:
    print("caught:", repr(e))
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
try:
    raise ValueError("fresh")
except ValueError as e:
    print("fresh context:", e.__context__)
try:
    try:
        try:
            raise RuntimeError("level 1")
        except RuntimeError:
            raise TypeError("level 2")
    except TypeError:
        raise KeyError("level 3")
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
def cleanup():
    try:
        raise ValueError("during work")
    finally:
        pass
try:
    cleanup()
except ValueError as e:
    print("no context from finally:", e.__context__)
try:
    try:
        raise ValueError("inner")
    except ValueError as err:
        raise err
except ValueError as e:
    print("re-raised same object, context:", e.__context__)
