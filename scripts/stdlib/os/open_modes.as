# open() argument checking, with CPython's messages.
import io
import os

path = f"_os_modes_{os.getpid()}.txt"
for mode in ["q", "rw", "rr", "bt"]:
    try:
        open(path, mode)
    except ValueError as e:
        print(repr(mode), "ValueError:", e)
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
try:
    open(3.5)
except TypeError as e:
    print("TypeError:", e)
with open(path, "x") as f:
    f.write("new")
try:
    open(path, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno)
f = open(path)
try:
    f.write("no")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
f.close()
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
w = open(path, "w")
try:
    w.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
print(w.readable(), w.writable(), w.seekable(), w.mode, w.closed)
w.close()
os.remove(path)
