# Checks: an exception raised three calls deep propagates to the top level uncaught; output
# printed before it is kept; the exit status is 1 and stderr ends with "ValueError: ...".
def level3(x):
    print("level3", x)
    raise ValueError(f"bad value {x}")
def level2(x):
    print("level2", x)
    return level3(x * 2)
def level1(x):
    print("level1", x)
    return level2(x + 1)
print("start")
level1(1)
print("never printed")
