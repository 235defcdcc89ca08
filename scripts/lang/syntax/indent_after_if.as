# An if with no indented body.
x = 1
if x:
print(x)
