# -*- coding: latin-1 -*-
# PEP 263: this file is Latin-1, so each byte above 0x7f is one character.
s = "café à ÿ"
print(s, len(s), [hex(ord(c)) for c in s])
