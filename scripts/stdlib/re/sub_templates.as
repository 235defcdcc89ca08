# Rewriting text with re.sub: backreference templates, named groups and functions.
import re

dates = "Due 2024-03-15, paid 2024-04-01, next 2025-01-31."
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", dates))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>.\g<m>.\g<y>", dates))
print(re.sub(r"(\d{4})-(\d\d)", r"\g<1>0\2", dates))
print(re.subn(r"\d{4}", "YYYY", dates))
print(re.sub(r"\d{4}", "YYYY", dates, count=1))


def shout(m):
    return m.group(0).upper() + "!"


print(re.sub(r"\b(paid|due)\b", shout, dates, flags=re.IGNORECASE))
print(re.sub(r"\s+", " ", "  lots   of\t\twhitespace \n here "))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"(a)|b", r"[\1]", "abab"))
print(re.sub(r"a", r"\n\t\\", "bab").encode())
print(re.sub("", "|", "abc"))
price = re.compile(r"\$(\d+)\.(\d\d)")
print(price.sub(lambda m: f"{int(m[1]) * 100 + int(m[2])} cents", "A $3.50 and $10.05 bill"))
m = price.search("cost $7.25 now")
print(m.expand(r"dollars=\1 cents=\2"), repr(m))
for template in [r"\3", r"\g<name>", r"\g<1", r"\q", "\\"]:
    try:
        price.sub(template, "$1.00")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError:", e)
