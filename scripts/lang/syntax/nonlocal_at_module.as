# Checks: `nonlocal` at module level is a SyntaxError detected at compile time.
print("this must not be printed")
nonlocal counter
counter = 1
