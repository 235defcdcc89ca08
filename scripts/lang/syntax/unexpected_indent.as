# Checks: an indented line where no block is open is an IndentationError (unexpected indent).
print("this must not be printed")
x = 1
    y = 2
