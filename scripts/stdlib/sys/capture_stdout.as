# Capturing what a function prints by swapping sys.stdout for a StringIO.
import io
import sys

def report(items):
    for name, price in items:
        print(f"{name:<8}{price:>6.2f}")
    print("-" * 14)
    print(f"{'total':<8}{sum(p for _, p in items):>6.2f}")

def capture(fn, *args):
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        fn(*args)
    finally:
        sys.stdout = saved
    return buf.getvalue()

text = capture(report, [("apple", 1.5), ("pear", 2.25)])
print("captured", len(text.splitlines()), "lines")
for line in text.splitlines():
    print("|" + line + "|")
print(sys.stdout is sys.__stdout__)
