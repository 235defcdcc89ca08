# Building struct_time values and round-tripping through mktime in UTC arithmetic.
import time

t = time.struct_time((2024, 3, 15, 9, 30, 0, 4, 75, 0))
print(t)
print(t.tm_year, t.tm_mon, t.tm_wday)
try:
    time.struct_time((2024, 3))
except TypeError as e:
    print("TypeError:", e)
g = time.gmtime(1234567890)
print(time.strftime("%Y-%m-%d %H:%M:%S", g))
local = time.localtime(1234567890)
print(time.mktime(local) == 1234567890.0)
print(type(time.mktime(local)).__name__)
