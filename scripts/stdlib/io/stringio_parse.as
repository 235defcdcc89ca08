# Parsing lines from a StringIO as if it were a file.
import io

data = io.StringIO("""alpha 1
beta 2

gamma 3
""")
counts = {}
for lineno, line in enumerate(data, 1):
    line = line.strip()
    if not line:
        print("blank line at", lineno)
        continue
    word, n = line.split()
    counts[word] = int(n)
print(counts)
print(repr(data.readline()))
s = io.StringIO("abc")
s.write("X")
print(repr(s.getvalue()), s.tell())
s.seek(6)
s.write("Z")
print(repr(s.getvalue()))
s = io.StringIO("héllo wörld")
print(s.read(5), s.tell())
print(s.read())
print(io.StringIO().read() == "")
try:
    io.StringIO(5)
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)
