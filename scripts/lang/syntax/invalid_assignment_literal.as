# Checks: assigning to a literal is a SyntaxError.
print("this must not be printed")
1 = x
