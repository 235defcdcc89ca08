# Checks: a small text-processing program — splitting, normalising, counting with a dict,
# sorting by count then word, formatted table output.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox, being quick, runs away! A quick end."""
cleaned = ""
for ch in text.lower():
    cleaned += ch if ch.isalnum() or ch.isspace() else " "
words = cleaned.split()
print(len(words), "words")
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:<8}|{n:>3} {'*' * n}")
longest = max(words, key=len)
print("longest:", longest, len(longest))
print("unique:", len(counts), "singletons:", sum(1 for n in counts.values() if n == 1))
by_len = {}
for w in sorted(counts):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, by_len[k])
