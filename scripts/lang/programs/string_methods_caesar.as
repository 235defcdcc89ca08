# str methods (strip, split, partition, translate, casefold, predicates), a Caesar cipher, bytes, reprs.
s = "  Hello, World! Hello!  "
print(s.strip(), s.lstrip(), s.rstrip() + "|", s.strip(" !H"))
print(s.count("Hello"), s.find("World"), s.rfind("Hello"), s.index("o"), s.find("zzz"))
print(s.replace("Hello", "Bye", 1), s.upper(), s.lower(), s.swapcase(), s.title())
print("hello world".capitalize(), "HeLLo".casefold(), "a-b-c".split("-", 1), "a-b-c".rsplit("-", 1))
print("line1\nline2\r\nline3".splitlines(), "line1\nline2\n".splitlines(True), "a,b,,c".split(","))
print(",".join(["x", "y", "z"]), " ".join(map(str, range(5))), "".join(reversed("abc")))
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace())
print("Title Case".istitle(), "UPPER".isupper(), "lower".islower(), "x".isidentifier(), "2x".isidentifier(), "½".isnumeric(), "½".isdigit())
print("%-10s|" % "left", "abc".ljust(6, "*"), "abc".rjust(6), "tab\tsep".expandtabs(4), "x".center(4))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="))
print("www.example.com".removeprefix("www."), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
t = str.maketrans("aeiou", "12345", "xyz")
print("education xyz".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}))
print(ord("A"), chr(9731), "ß".upper(), "İ".lower().encode(), "ﬁ".upper(), len("naïve"), "straße".casefold())
print("abc" < "abd", "Z" < "a", "abc" * 3, "-" * 0, "a" in "cat", "at" not in "cat")
words = "the rain in spain falls mainly".split()
print(max(words, key=len), sorted(words, key=lambda w: (len(w), w)), [w[::-1] for w in words])
print("{:^20}".format("centered"), "x".zfill(3), "3.14".isdecimal(), "42".isdecimal())
def caesar(msg, k):
    out = []
    for ch in msg:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(repr("\x00\x1f\x7f\u200b\U0001f600"), "a\\b", r"raw\n", b"bytes\x00\xff", bytearray(b"ab"))
print(str(b"abc", "utf-8"), "é".encode("utf-8"), b"\xc3\xa9".decode(), "abc".encode("ascii"), list(b"AZ"))
print("hello"[1:4], "hello"[-1], "hello"[::2], "Mississippi".count("ss"), "aaa".replace("a", "b", 2))
print("a b  c".split(), "a b  c".split(" "), "  lead".split(), "x".join("abc"), "1,2".split(",", maxsplit=0))
print(f"{'ab':>{5}}", "%c%c" % (72, "i"), "%5.2s|" % "abc", "%#o %#x" % (8, 255), "%.3e" % 0.000123456)
print(str(123), str(-0.5), str([1, "a"]), str({"k": (1,)}), repr(None), str(True), int("  42  "), int("ff", 16), int("0b101", 0), float(" 1e3 "))
