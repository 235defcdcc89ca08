# Checks: True, False, None as literals; their reprs, types and truthiness.
print(True, False, None)
print(repr(True), repr(None))
print(type(True), type(None))
print(True == 1, False == 0, None == None, None == False)
print(not None, not True, not False)
print(True is True, None is None)
print(str(None) + "!", str(True) + str(False))
x = None
if x is None:
    print("x is None")
if not x:
    print("None is falsy")
print([True, False, None])
print({None: 1, True: 2, False: 3})
