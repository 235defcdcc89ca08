# Checks: assert with and without a message; the message is only evaluated on failure;
# AssertionError args.
def msg():
    print("message evaluated")
    return "custom message"
assert True
assert 1 == 1, msg()
print("passing asserts done")
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError:", repr(e), e.args, str(e) == "")
try:
    assert [], msg()
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
x = 5
try:
    assert x < 3, f"x should be < 3, got {x}"
except AssertionError as e:
    print(e)
