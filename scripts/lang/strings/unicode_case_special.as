# Checks: the Unicode corners of case mapping and character classes, where the result differs
# from a simple per-character mapping (full case mapping can change the length of a string).
print("ß".upper(), len("ß".upper()), "straße".upper())
print("ﬁ".upper(), len("ﬁ".upper()))
print(len("İ".lower()), "İ".lower() == "i\u0307")
print("ǅ".lower(), "ǅ".upper(), "ǆ".title())
print("ΣΑΣ".lower())
print("ǉubljana".title())
for ch in ["½", "²", "٣", "Ⅷ", "a"]:
    print(repr(ch), ch.isdigit(), ch.isalnum(), ch.isalpha())
print("Ω".isupper(), "ω".islower(), "ω".upper())
