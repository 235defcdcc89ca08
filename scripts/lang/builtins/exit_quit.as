# The exit and quit builtins (from CPython's site module): SystemExit with the code, their
# repr and class; the script ends with exit(5).
print(repr(exit), str(quit), type(exit).__name__, type(exit).__module__, callable(exit))
try:
    exit()
except SystemExit as e:
    print("code", e.code, e.args)
try:
    quit("bye")
except SystemExit as e:
    print("code", e.code)
try:
    exit(code=3)
except SystemExit as e:
    print("code", e.code)
try:
    exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
exit(5)
