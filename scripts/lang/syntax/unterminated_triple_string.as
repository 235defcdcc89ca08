# Checks: a triple-quoted string never closed before end of file is a SyntaxError.
print("this must not be printed")
doc = """starts here
and never ends
