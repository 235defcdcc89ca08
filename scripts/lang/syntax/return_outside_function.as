# Checks: `return` at module level is a SyntaxError detected at compile time.
print("this must not be printed")
x = 5
if x:
    return x
