# Checks: a handler that logs and re-raises with bare `raise`; the re-raised exception is
# uncaught.
def convert(s):
    try:
        return float(s)
    except ValueError:
        print("conversion failed for", repr(s))
        raise
print(convert("1.5"))
print(convert("one point five"))
