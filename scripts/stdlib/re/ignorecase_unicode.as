# IGNORECASE over Unicode: the Kelvin sign, long s, final sigma, micro sign and the other
# characters whose case folds to an ASCII or Greek letter; \w, \d and \s beyond ASCII.
import re
cases = [("k", "\u212a"), ("K", "k"), ("s", "\u017f"), ("S", "\u017f"), ("ss", "\u00df"), ("\u03c3", "\u03c2"), ("\u03a3", "\u03c3"),
         ("[a-z]", "\u212a"), ("[k-m]", "K"), ("\u00e9", "\u00c9"), ("\\w", "\u00e9"), ("[^a]", "A"),
         ("\u1e9e", "\u00df"), ("ǆ", "ǅ"), ("µ", "Μ"), ("[µ]", "μ"), ("ﬀ", "FF")]
for pat, s in cases:
    print(repr(pat), repr(s), bool(re.fullmatch(pat, s, re.IGNORECASE)), bool(re.fullmatch(pat, s)))
print(re.findall(r"\b\w+\b", "héllo wörld ß_x 12"))
print(re.sub(r"(?i)STRASSE", "x", "straße STRASSE strasse"))
print(re.split(r"\W+", "a-b_c d.e"))
print(re.findall(r"\d+", "٣4۵"), re.findall(r"\s+", "a\u2003b\tc"))
