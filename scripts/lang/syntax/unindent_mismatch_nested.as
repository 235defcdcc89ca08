# A dedent to a column no enclosing block uses.
for i in range(2):
    if i:
        x = 1
      y = 2
