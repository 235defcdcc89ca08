# Normalising headline capitalisation with string.capwords.
import string

headlines = ["the  quick brown   fox", "  hello world  ", "o'neil's pub-crawl", "ÉCOLE normale", "multi\tspace\nline", ""]
for h in headlines:
    print(repr(h), "->", repr(string.capwords(h)), repr(h.title()))
print(string.capwords("a-b-c d", "-"), string.capwords("one,two,,three", ","))
