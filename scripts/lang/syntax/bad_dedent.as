# Checks: a dedent to a column that matches no enclosing block is an IndentationError.
print("this must not be printed")
def f():
        x = 1
    return x
