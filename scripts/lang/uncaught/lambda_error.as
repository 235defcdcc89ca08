# Checks: an error raised inside a lambda used as a sort key, uncaught.
rows = [("a", 3), ("b", 1), ("c", None), ("d", 2)]
print(sorted(rows[:2], key=lambda r: r[1]))
print(sorted(rows, key=lambda r: 10 // r[1]))
