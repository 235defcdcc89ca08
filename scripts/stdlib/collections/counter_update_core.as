# Counter counting an iterable: plain, and through a subclass's own __setitem__ or get.
from collections import Counter
c = Counter("abracadabra")
print(c, c.most_common(2))
c.update("aaz")
print(c)
c.update({"a": 10})
print(c["a"], c["zz"])
class Loud(Counter):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
Loud("ab")
class G(Counter):
    def get(self, k, d=None):
        return 100
print(G("aa"))
c = Counter(x % 3 for x in range(10))
print(sorted(c.items()))
try:
    Counter([[1]])
except TypeError as e:
    print(e)
class F(float): pass
print(Counter([1, 1.0, True, "1"]))
words = Counter(f"w{i % 250}" for i in range(150000))
print(words.most_common(1), len(words))
