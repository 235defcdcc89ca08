# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII and inline flags.
import re

doc = "First line\nsecond Line\nTHIRD LINE\n"
print(re.findall(r"^\w+", doc))
print(re.findall(r"^\w+", doc, re.MULTILINE))
print(re.findall(r"line$", doc, re.M | re.I))
print(re.findall(r"(?im)line$", doc))
print(re.search(r"line.second", doc, re.I), re.search(r"line.second", doc, re.I | re.S))
print(re.search(r"(?s)First.*LINE", doc).span())
print(re.findall(r"\w+", "naïve café 42", re.ASCII), re.findall(r"\w+", "naïve café 42"))
print(re.findall(r"\d+", "٣٤ and 56"), re.findall(r"\d+", "٣٤ and 56", re.A), re.findall(r"(?a)\s", "a\u00a0b c"))
phone = re.compile(r"""
    \(? (\d{3}) \)?   # area code
    [-.\s]?           # separator
    (\d{3})           # exchange
    [-.\s]            # separator
    (\d{4})           # number
""", re.VERBOSE)
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "555-123 4567"]:
    m = phone.search(s)
    print(s, "->", m.groups() if m else None)
print(re.compile("a", re.I), re.compile("a", re.I | re.M | re.S), re.compile("a", re.X | re.A))
print(re.compile(r"x").flags, re.compile(r"(?i)x").flags, re.compile(r"x", re.A).flags)
print(re.match(r"(?i:HEL)lo", "hello"), re.match(r"(?i:HEL)LO", "hello"))
print(re.IGNORECASE == re.I, re.I | re.M == re.IGNORECASE | re.MULTILINE)
print(re.I, re.M | re.S, repr(re.A | re.I), re.NOFLAG, ~re.X, re.I & re.M, re.I.name, int(re.VERBOSE), f"{re.DOTALL:04d}", "%x" % re.ASCII)
combined = re.NOFLAG
for f in (re.I, re.M):
    combined |= f
print(combined, combined == 10, bool(re.NOFLAG), re.compile("x", combined).flags)
