# Form validation with fullmatch and compiled patterns.
import re

RULES = {
    "username": re.compile(r"[a-z][a-z0-9_]{2,15}"),
    "email": re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"),
    "zip": re.compile(r"\d{5}(-\d{4})?"),
    "hex_color": re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}"),
    "date": re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"),
}
samples = {
    "username": ["bob", "Bob", "b", "bob_the_builder_99", "al1ce"],
    "email": ["a@b.co", "first.last+tag@mail.example.org", "no-at-sign", "x@y"],
    "zip": ["12345", "12345-6789", "1234", "12345-67"],
    "hex_color": ["#fff", "#A0B1C2", "#abcd", "fff"],
    "date": ["2024-02-29", "2024-13-01", "2024-1-1", "1999-12-31"],
}
for field, values in samples.items():
    rule = RULES[field]
    for v in values:
        m = rule.fullmatch(v)
        print(f"{field:9} {v!r:34} {'ok' if m else 'invalid'}", m.groups() if m else "")
print(RULES["date"].fullmatch("2024-02-29").groupdict())
print(RULES["zip"].match("12345-67"), RULES["zip"].fullmatch("12345-67"))
