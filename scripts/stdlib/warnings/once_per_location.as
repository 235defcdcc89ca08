# The default action shows a warning once per location; always shows it every time.
import warnings

def check(n):
    warnings.warn("slow path", RuntimeWarning)
    return n

with warnings.catch_warnings(record=True) as log:
    for i in range(3):
        check(i)
    print("default:", len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(3):
        check(i)
    print("always:", len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore", RuntimeWarning)
    check(0)
    warnings.warn("user one")
    print("ignore RuntimeWarning:", [w.category.__name__ for w in log])
print("done")
