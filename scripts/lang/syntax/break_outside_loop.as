# Checks: `break` outside any loop is a SyntaxError detected at compile time.
print("this must not be printed")
def f():
    if True:
        break
f()
