# Checks: a ZeroDivisionError inside a list comprehension, uncaught.
values = [4, 2, 1, 0, 5]
print([100 // v for v in values[:3]])
print([100 // v for v in values])
