# Diagnostics go to stderr, results to stdout.
import sys

def log(*args):
    print("[log]", *args, file=sys.stderr)

total = 0
for n in [3, 5, 8]:
    log("adding", n)
    total += n
    print("running total", total)
sys.stderr.write("done\n")
sys.stderr.flush()
print("result:", total, file=sys.stdout, flush=True)
n = sys.stdout.write("written directly\n")
print("write returned", n)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
