# Checks: strip/lstrip/rstrip with default whitespace and with a set of characters.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixyx".strip("x")), repr("xxhixyx".strip("xy")))
print(repr("abcHELLOcba".strip("abc")))
print(repr("abcHELLOcba".lstrip("cba")), repr("abcHELLOcba".rstrip("ab")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("".strip()), repr("   ".strip()), repr("x".strip("x")))
print(repr("  spaces  ".strip(None)))
print(repr("\n\r\t\f\v x \v".strip()))
print(repr("0001200".lstrip("0")), repr("0001200".rstrip("0")))
