# Splitting with re.split: captured separators, maxsplit and empty matches.
import re

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"(?:,|;)\s*", "a, b;c ,d"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\b", "one two"))
print(re.split(r"x*", "axbc"))
print(re.split(r"\s*", "a b"))
print(re.split(r"(?=[A-Z])", "splitCamelCaseWords"))
print(re.split(r"\d", "no digits"))
print(re.split(r"\d", ""))


def tokenize(expr):
    tokens = []
    for tok in re.split(r"\s*([-+*/()])\s*", expr):
        if tok:
            tokens.append(int(tok) if tok.isdigit() else tok)
    return tokens


print(tokenize("12 + 3*(4 - 1) / 2"))
