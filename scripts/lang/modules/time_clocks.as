# Checks: time.time(), time.monotonic() and time.perf_counter() return floats that do not go
# backwards; no wall-clock value is printed.
# asyncscript: clock=real (the script checks the real date and time)
import time
t1 = time.time()
m1 = time.monotonic()
p1 = time.perf_counter()
print(type(t1).__name__, type(m1).__name__, type(p1).__name__)
total = 0
for i in range(10000):
    total += i
t2 = time.time()
m2 = time.monotonic()
p2 = time.perf_counter()
print(total)
print(t2 >= t1, m2 >= m1, p2 >= p1)
print(t1 > 1_600_000_000)
print(p2 - p1 < 60, m2 - m1 < 60)
