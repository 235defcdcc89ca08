# An append-only log file: each run of log() adds a line.
import os

LOG = f"_os_append_{os.getpid()}.log"

def log(event, detail=""):
    with open(LOG, "a") as f:
        f.write(f"{event}: {detail}\n")

for i, event in enumerate(["start", "load", "save", "stop"]):
    log(event, f"step {i}")
with open(LOG) as f:
    lines = f.readlines()
print(len(lines), "lines")
print(lines[0], end="")
print(lines[-1], end="")
with open(LOG) as f:
    print(repr(f.read(5)), f.tell())
    print(repr(f.readline()))
    f.seek(0)
    print(repr(f.readline(3)))
os.unlink(LOG)
