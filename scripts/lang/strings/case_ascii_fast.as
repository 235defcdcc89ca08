# upper() and lower() of ASCII, mixed and special-cased strs, and their lengths.
for s in ["Hello, World", "abc", "ABC", "", "123 !@#", "ßtraße", "İstanbul", "ǅemal", "ﬀ", "Σίσυφος", "a\x00Z[`{@", "MiXeD 09 zZ aA"]:
    print(repr(s.upper()), repr(s.lower()), len(s.upper()), s.upper().lower() == s.lower())
print("x".upper() + "Y".lower(), "a".upper() * 3)
