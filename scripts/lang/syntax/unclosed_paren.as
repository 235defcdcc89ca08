# Checks: an unclosed parenthesis is reported as a SyntaxError at compile time.
print("this must not be printed")
values = [1, 2, 3]
total = sum(values
print(total)
