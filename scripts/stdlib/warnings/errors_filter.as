# Turning warnings into errors, and ignoring selected ones.
import warnings

def parse(value):
    if value.startswith("0") and len(value) > 1:
        warnings.warn(f"leading zero in {value!r}", SyntaxWarning if False else UserWarning)
    return int(value)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        parse("007")
    except UserWarning as e:
        print("error:", type(e).__name__, e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="leading zero in '0")
    print(parse("01"), parse("42"))
    warnings.warn("something else", RuntimeWarning)
print([str(w.message) for w in log])
try:
    warnings.warn("x", "not a class")
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("loud")
except (ValueError, AssertionError) as e:
    print(type(e).__name__, e)
