# Checks: subscript expressions on lists, strings, tuples, dicts, nested subscripts, slices with
# all parts, computed indices and slice bounds.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1], m[1][2], m[-1][-1], m[0][::-1], [row[1] for row in m])
s = "subscript"
i = 3
print(s[i], s[i - 1], s[len(s) - 1], s[i:i + 3], s[-i:])
d = {"a": [10, 20, {"deep": "value"}]}
print(d["a"][2]["deep"], d["a"][-2])
lo, hi, st = 1, 7, 2
print(s[lo:hi:st], m[:2], s[::-1], s[lo:], s[:hi], s[::st], s[hi:lo:-st])
print(s[lo:hi][::-1], s[-hi:-lo], s[len(s) // 2:])
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[::2], t[-2:], t[4:1:-1])
key = ("x", 1)
table = {key: "tuple key"}
print(table["x", 1], table[("x", 1)])
m[0][0] = 100
m[2][-1] += 1
print(m)
print("abc"[True], [10, 20][-True])
five = 5
key = "a"
fl = 1.0
try:
    five[0]
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][key]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[fl]
except TypeError as e:
    print("TypeError:", e)
