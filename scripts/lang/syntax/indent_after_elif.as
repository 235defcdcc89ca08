# An elif with no indented body.
x = 1
if x > 1:
    pass
elif x:
print(x)
