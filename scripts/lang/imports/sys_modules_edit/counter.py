# Counts how many times its body runs (a module runs once unless it is forgotten).
import sys

runs = getattr(sys, "_counter_runs", 0) + 1
sys._counter_runs = runs
print("running counter, run", runs)
