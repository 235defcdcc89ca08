from collections import Counter
class L(list): pass
class S(str): pass
class I(int): pass
class D(dict): pass
for a, b in [(Counter(), {}), (L(), 1), (1, L()), (S(), 1), (I(), "x"), ("x", I()), (D(), D()), (L(), (1,)), ((1,), L())]:
    try: a + b
    except TypeError as e: print(e)
    try: a - b
    except TypeError as e: print(e)
x = L(); 
try:
    x += 1
except TypeError as e: print(e)
d = D()
try:
    d |= 1
except TypeError as e: print(e)
try:
    d | 1
except TypeError as e: print(e)
try: I() ** "x"
except TypeError as e: print(e)
d = D(a=1)
d |= [("b", 2)]
print(type(d).__name__, d)
x = L([1])
x += (2,)
print(type(x).__name__, x)
t = (1,)
t += (2,)
print(t)
