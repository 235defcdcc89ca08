# Checks: `nonlocal` naming a variable that no enclosing function defines is a SyntaxError.
print("this must not be printed")
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
