# Checks: an exception raised inside an except block while handling another; the last line of
# stderr is the second exception.
data = {"a": 1}
try:
    print(data["b"])
except KeyError:
    print("handling KeyError, then failing")
    print(undefined_variable)
