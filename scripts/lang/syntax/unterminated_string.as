# Checks: a string literal left open at the end of the line is a SyntaxError.
print("this must not be printed")
greeting = "hello
print(greeting)
