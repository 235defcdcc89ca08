# Measuring elapsed time with the monotonic clocks; only relations are printed.
import time

start_ns = time.perf_counter_ns()
start = time.perf_counter()
mono = time.monotonic_ns()
total = sum(i * i for i in range(20000))
elapsed_ns = time.perf_counter_ns() - start_ns
print(total)
print(type(start_ns).__name__, type(start).__name__, elapsed_ns >= 0)
print(time.monotonic_ns() >= mono)
print(isinstance(time.time_ns(), int), time.time_ns() > 900_000_000 * 10**9)
cpu = time.process_time()
print(type(cpu).__name__, cpu >= 0, isinstance(time.process_time_ns(), int))
