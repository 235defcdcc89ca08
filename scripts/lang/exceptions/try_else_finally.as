# Checks: try/except/else/finally ordering — else runs only without an exception, finally
# always runs (also when an exception propagates or a function returns from try).
def run(fail):
    try:
        print("  try body")
        if fail:
            raise RuntimeError("boom")
    except RuntimeError as e:
        print("  except:", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
print("no failure:")
run(False)
print("failure:")
run(True)
def returns_in_try():
    try:
        return "from try"
    finally:
        print("finally before return")
print(returns_in_try())
try:
    try:
        raise KeyError("propagating")
    finally:
        print("inner finally runs while propagating")
except KeyError as e:
    print("outer caught", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop body", i)
    finally:
        print("finally in loop", i)
def else_exception():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("raised in else")
try:
    else_exception()
except ValueError as e:
    print("caught:", e)
