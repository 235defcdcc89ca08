from collections import Counter

text = """the quick brown fox jumps over the lazy dog the fox was quick
and the dog was lazy but the dog was also kind to the fox"""
words = Counter(text.split())
print("distinct:", len(words), "total:", words.total())
for word, n in words.most_common(5):
    print(f"{word:>6} {'#' * n} {n}")
print(words["cat"], "cat" in words)
print(isinstance(words, dict), type(words).__mro__[1].__name__)
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(3))
print(sorted(letters.elements())[:8])
