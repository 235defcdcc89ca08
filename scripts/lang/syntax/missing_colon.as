# Checks: a missing colon after an if condition is a compile-time SyntaxError; the print on the
# first line never runs, so stdout is empty.
print("this must not be printed")
x = 1
if x > 0
    print("positive")
