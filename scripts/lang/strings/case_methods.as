# Checks: str case methods — upper, lower, title, capitalize, swapcase, and their effect on
# non-letters and non-ASCII letters.
words = ["hello world", "HELLO World", "it's a dog's life", "hello-world_foo bar2baz",
         "élan vital", "", "123abc", "aBc DeF"]
for w in words:
    print(repr(w), "->", repr(w.upper()), repr(w.lower()))
    print("   title:", repr(w.title()), "capitalize:", repr(w.capitalize()), "swapcase:", repr(w.swapcase()))
s = "Mixed Case"
print(s.upper().lower() == s.lower())
print(s)
