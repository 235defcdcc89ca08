# Checks: plenty of stdout output (including output without trailing newline) is fully
# flushed before the traceback of an uncaught exception.
for i in range(500):
    print("line", i, "of output", "x" * (i % 40))
print("partial line without newline", end="")
total = sum(range(1000))
raise RuntimeError(f"failed after output, total={total}")
