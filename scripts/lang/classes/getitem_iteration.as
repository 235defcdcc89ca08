# Checks: the legacy sequence protocol — an object with only __getitem__ is iterable; iteration
# stops at IndexError; `in` uses it too.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("done")
        return i * i
print(list(Squares()))
for v in Squares():
    print("v", v)
print(9 in Squares(), 10 in Squares())
print(Squares()[3])
