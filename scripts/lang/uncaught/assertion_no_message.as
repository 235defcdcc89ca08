# Checks: a failing assert without a message, uncaught; stderr ends with just "AssertionError".
x = 5
print("checking x")
assert x == 5
assert x > 10
