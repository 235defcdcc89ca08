# Creating a directory tree, listing it, and cleaning up.
import os

base = f"_os_dirs_{os.getpid()}"
os.makedirs(os.path.join(base, "a", "b"))
os.mkdir(os.path.join(base, "c"))
for name in ["one.txt", "two.txt"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name.upper())
print(sorted(os.listdir(base)))
print(os.path.isdir(os.path.join(base, "a", "b")))
try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.makedirs(base)
except FileExistsError as e:
    print("makedirs:", type(e).__name__)
os.makedirs(base, exist_ok=True)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
for name in ["one.txt", "two.txt"]:
    os.remove(os.path.join(base, name))
os.rmdir(os.path.join(base, "a", "b"))
os.rmdir(os.path.join(base, "a"))
os.rmdir(os.path.join(base, "c"))
os.rmdir(base)
print(os.path.exists(base))
