# Checks: string indexing (negative indices), slicing with steps including negative steps and
# out-of-range bounds, iteration over characters.
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[20:]), s[-20:3], s[3:100])
print(s[2:8:3], s[::3], s[::-3], s[100::-1][:3], repr(s[0:0]))
print(s[None:None:-1] == s[::-1])
for i, ch in enumerate("xyz"):
    print(i, ch)
print(list("hello"))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-11]
except IndexError as e:
    print("IndexError:", e)
u = "héllo wörld"
print(u[1], u[-4], u[::-1], len(u))
