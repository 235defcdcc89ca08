# asyncscript-only: complex() and a fractional power of a negative number refuse to make complex numbers
print(isinstance(2.0, complex))
try:
    print((-8) ** (1 / 3))
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(complex("1+2j"))
