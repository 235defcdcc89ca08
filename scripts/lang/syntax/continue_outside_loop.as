# Checks: `continue` outside any loop is a SyntaxError detected at compile time.
print("this must not be printed")
continue
