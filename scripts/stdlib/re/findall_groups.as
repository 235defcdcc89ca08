# findall returns whole matches, single groups or tuples depending on the groups.
import re

text = "alice=30, bob=25; carol=41 dave=? eve=19"
print(re.findall(r"\w+=\d+", text))
print(re.findall(r"(\w+)=\d+", text))
print(re.findall(r"(\w+)=(\d+)", text))
print(re.findall(r"(\w+)=(\d+)?", text))
print(re.findall(r"(?:\w+)=(?P<age>\d+)", text))
print(re.findall(r"(a)|(b)", "abc"))
print(re.findall(r"\d*", "a12b"))
print(re.findall(r"", "abc"))
print(re.findall(r"x*", "axxb"))
prices = "Total: $12.50, tax $1.05, tip $3, refund -$2.25"
amounts = [float(a) for a in re.findall(r"-?\$(\d+(?:\.\d\d)?)", prices)]
print(amounts, sum(amounts))
for m in re.finditer(r"(?P<sign>-)?\$(?P<amount>\d+(?:\.\d\d)?)", prices):
    print(m.start(), m.end(), m.group(0), m.groups(), m.groupdict("+"))
print(re.compile(r"\d").findall("a1b2c3d4", 2, 6))
