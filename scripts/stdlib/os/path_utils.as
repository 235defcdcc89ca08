# Building output paths for a batch of files with os.path.
import os
import os.path

files = ["reports/2024/summary.csv", "notes.txt", "archive.tar.gz", ".env", "/var/log/app.log", "data/"]
for f in files:
    root, ext = os.path.splitext(f)
    print(f"{f!r:28} base={os.path.basename(f)!r} dir={os.path.dirname(f)!r} ext={ext!r} root={root!r}")
print(os.path.join("out", "2024", "jan.csv"))
print(os.path.join("out/", "x"), os.path.join("a", "/abs", "b"), os.path.join("", "rel"))
print(os.path.split("/usr/local/bin/tool"), os.path.split("name"), os.path.split("/"))
print(os.path.normpath("a/./b/../c//d/"), os.path.normpath("../x/../../y"), os.path.normpath("/../a"))
print(os.path.isabs("/etc"), os.path.isabs("etc"))
print(os.sep, repr(os.linesep), os.curdir, os.pardir, os.name)
try:
    os.path.join("a", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    os.path.basename(None)
except TypeError as e:
    print("TypeError:", e)
