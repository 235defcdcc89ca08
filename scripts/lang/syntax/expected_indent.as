# Checks: a block header followed by an unindented line is an IndentationError.
print("this must not be printed")
for i in range(3):
print(i)
