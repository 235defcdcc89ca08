# Checks: augmented assignment to a tuple is a SyntaxError.
print("this must not be printed")
a, b = 1, 2
a, b += 1
