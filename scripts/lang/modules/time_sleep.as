# Checks: time.sleep blocks for at least the requested duration (measured with monotonic and
# perf_counter), returns None, and accepts ints and floats.
import time
start = time.monotonic()
p_start = time.perf_counter()
result = time.sleep(0.01)
elapsed = time.monotonic() - start
p_elapsed = time.perf_counter() - p_start
print(result)
print(elapsed >= 0.009, p_elapsed >= 0.009, elapsed < 5)
start = time.perf_counter()
time.sleep(0)
print(time.perf_counter() - start < 5)
for i in range(3):
    before = time.perf_counter()
    time.sleep(0.005)
    print(i, time.perf_counter() - before >= 0.004)
