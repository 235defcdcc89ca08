# Checks: using a keyword as an assignment target is a SyntaxError.
print("this must not be printed")
class = "reserved"
