from collections import Counter

stock = Counter(apples=5, pears=2, plums=0)
sold = Counter(apples=3, pears=4, figs=1)
print(stock + sold)
print(stock - sold)
print(stock | sold)
print(stock & sold)
print(+stock, -Counter(a=-2, b=3))
left = stock.copy()
left.subtract(sold)
print(left)
left += Counter()
print(left)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2))
try:
    stock + 1
except TypeError as e:
    print(type(e).__name__)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)
del stock["nothing"]
print(stock, repr(Counter()))
