# Benchmark: string building — 200,000 f-strings with three fields (one with a float format
# spec) collected in a list and joined; prints the length of the result.
parts = []
for i in range(200_000):
    parts.append(f"item {i}: {i * 0.5:.2f} [{i % 7}]")
text = "\n".join(parts)
print(len(text))
