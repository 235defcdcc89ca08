import re
bad = [r"(abc", r"abc)", r"[a-", r"*a", r"a**", r"(?P<n>a)(?P<n>b)", r"\1", r"(?<=a+)b", r"a{3,1}",
       r"(?P<1x>a)", r"[z-a]", r"\ ", r"(?Z)", "\\", r"(?P=missing)", r"x{2}{3}", r"\p"]
for b in bad:
    try:
        re.compile(b)
        print("ok", repr(b))
    except re.error as e:
        print(repr(b), "->", e, "|", e.msg, e.pos)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print(e)
try:
    re.sub(r"(a)", r"\g<x>", "a")
except (re.error, IndexError) as e:
    print(type(e).__name__, e)
m = re.match(r"(a)", "a")
try:
    m.group(3)
except IndexError as e:
    print("IndexError:", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError:", e)
print(re.error.__name__, re.error.__module__)
print(type(m).__name__, type(re.compile("x")).__name__)
try:
    re.match(r"a", None)
except TypeError as e:
    print("TypeError:", e)
try:
    re.match("a", b"a")
except TypeError as e:
    print("TypeError:", e)



print(re.purge())
print(re.compile("a") == re.compile("a"))
p = re.compile(r"\d+")
print(p.match("abc123", 3), p.search("abc123def456", 7), p.findall("1 2 3 4", 2, 5))
print(p.fullmatch("123"), p.split("a1b22c"))
print(re.compile(r"(?s).").pattern, re.compile(r"(?s).").flags & re.S)

print(list(re.finditer(r"x", "")))
it = re.finditer(r"\w", "ab")
print(next(it), next(it))
