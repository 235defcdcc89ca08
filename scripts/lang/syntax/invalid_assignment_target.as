# Checks: assigning to a function call is a SyntaxError ("cannot assign to function call ...").
print("this must not be printed")
def f():
    return 1
f() = 5
