# A word-count tool: write a text file, then count lines, words and characters like wc.
import os

path = f"_os_wc_{os.getpid()}.txt"
text = """The quick brown fox
jumps over the lazy dog.

Pack my box with five dozen liquor jugs!
"""
with open(path, "w") as f:
    written = f.write(text)
print("wrote", written, "characters")

def wc(filename):
    lines = words = chars = 0
    freq = {}
    with open(filename, encoding="utf-8") as f:
        for line in f:
            lines += 1
            chars += len(line)
            for w in line.split():
                w = w.strip(".!,").lower()
                words += 1
                freq[w] = freq.get(w, 0) + 1
    return lines, words, chars, freq

lines, words, chars, freq = wc(path)
print(f"{lines:>4}{words:>5}{chars:>6} {os.path.basename(path)[:7]}")
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
os.remove(path)
try:
    wc(path)
except FileNotFoundError as e:
    print("wc:", e.strerror)
