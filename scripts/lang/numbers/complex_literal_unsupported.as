# asyncscript-only: complex literals are refused at compile time, so nothing runs
print("never printed")
z = 3 + 4j
print(abs(z))
