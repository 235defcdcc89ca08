# The re.error messages for common mistakes in patterns.
import re

bad_patterns = ["(abc", "abc)", "*abc", "a**", "[a-z", r"\q", "(?P<1x>a)", "(?P<n>a)(?P<n>b)",
                "(?P=missing)", r"(a)\2", "(?z)", "a{2,1}", "x(?i)y", "(?P<n", "\\", "a|*", "(?<=a+)b",
                "(a\nb", "[z-a]"]
for p in bad_patterns:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(f"{p!r:20} {e}  [msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}]")
print(issubclass(re.error, Exception))
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
try:
    re.search("a", None)
except TypeError as e:
    print("TypeError:", e)
m = re.match("(a)(b)", "ab")
for g in [3, "x", -1]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError:", e)
