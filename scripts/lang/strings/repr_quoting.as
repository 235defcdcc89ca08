# Checks: the repr of strings — choice of quotes, escaping of backslashes, control characters,
# non-printable and non-ASCII characters.
tests = [
    "plain",
    "it's",
    'say "hi"',
    "both ' and \"",
    "back\\slash",
    "new\nline",
    "tab\there",
    "cr\rhere",
    "nul\x00byte",
    "\x07\x08\x0b\x0c\x1b\x7f",
    "café",
    "€uro",
    "\u200b",
    "\x80\x9f\xa0\xad",
    "😀",
    "",
    "'",
    '"',
    "'\"",
    "\\",
]
for t in tests:
    print(repr(t), len(t))
print(["it's", 'q"', "x"])
print({"key's": "v\n"})
print(("a\\b",))
print(str("it's"), str('a\nb'))
