# Checks: zfill, center, ljust, rjust — widths smaller than the string, fill characters,
# odd padding (center puts the extra space on the right... or left — see output).
for s in ["a", "ab", "abc", "abcd"]:
    print("[" + s.center(6) + "]", "[" + s.center(7, "*") + "]", "[" + s.center(2) + "]")
print("[" + "x".ljust(5) + "]", "[" + "x".ljust(5, "-") + "]", "[" + "long".ljust(2) + "]")
print("[" + "x".rjust(5) + "]", "[" + "x".rjust(5, "0") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3))
print("".zfill(3), "-".zfill(3), "3.14".zfill(8))
print("[" + "ab".center(5) + "]", "[" + "abc".center(6) + "]", "[" + "abc".center(8) + "]")
print("[" + "".center(3, "x") + "]")
