# Lookahead, lookbehind, backreferences and conditionals.
import re

print(re.findall(r"\w+(?=,)", "one, two, three"))
print(re.findall(r"\b\w+\b(?!,)", "one, two, three"))
print(re.findall(r"(?<=\$)\d+", "cost $30, was $45, save 15"))
print(re.findall(r"(?<!\$)\b\d+", "cost $30, was $45, save 15"))
print(re.search(r"(\w)\1", "bookkeeper").group(), re.findall(r"(\w)\1", "bookkeeper"))
print(re.sub(r"\b(\w+) \1\b", r"\1", "the the cat sat on on the mat"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' or \"bye\"").group())
password_rules = re.compile(r"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$")
for pw in ["short1A", "alllowercase1", "GoodPassw0rd", "NoDigitsHere"]:
    print(pw, bool(password_rules.match(pw)))
print(re.findall(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)", "<user@host.com> bad@x.org> plain@y.net"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"))
print(re.match(r"(?:(a)|b)+", "ab").groups(), re.match(r"(a*)+", "b").groups())
