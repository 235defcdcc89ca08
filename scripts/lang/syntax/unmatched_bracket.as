# Checks: a closing bracket that does not match the opening one is a SyntaxError.
print("this must not be printed")
items = [1, 2, 3)
