# Checks: str concatenation, repetition, comparison (lexicographic, by code point), len, str().
print("abc" + "def", "ab" * 3, "" + "")
print("apple" < "banana", "apple" < "apple pie", "Zebra" < "apple", "a" < "B")
print("abc" == "abc", "abc" != "abd", "abc" >= "abc", "b" > "abc")
print(max("hello"), min("hello"), sorted("banana"))
print(len("hello"), len(""), len("é"), len("😀"))
print(str(123), str(-4.5), str([1, "a"]), str(None), str("s"))
print("é" > "z", "ß" < "ü")
s = "abc"
s += "def"
s *= 2
print(s)
print("a" in "abc", "ac" in "abc", "" in "")
words = ["pear", "Apple", "banana", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print("x".join(reversed("abc")))
