# Indexing, slicing, len and the start arguments of str methods on long strings, ASCII and
# not, and on substrings of them (answered from a cache of what scanning a string found).
text = "".join("w%d " % i for i in range(3000))
wide = text.replace("7", "\u00e9").replace("9", "\U0001f600")
for s in (text, wide, text[100:9000], wide[50:7000], wide + "x", "\u4e2d" + text):
    n = len(s)
    print(n, s[0], s[-1], s[n // 2], s[n // 3:n // 3 + 7], s[-9:], s[::997])
    print(s.find("w2", n // 2), s.index(" ", 1000), s.startswith("w", 5), s.startswith("3 w", 9))
    print(s.count("w", 100, 2000), s.rfind("w", 0, n // 4), s.endswith(" ", 0, 40))
    j = 0
    k = 0
    while j < n:
        if s[j] == " ":
            k += 1
        j += 7
    print(k, s[n - 1:], s[n:], s[-n], repr(s[4000:4010]))
    try:
        s[n]
    except IndexError as e:
        print(e)
