# Building patterns from user input with re.escape; the cache and purge.
import re

terms = ["C++", "node.js", "a|b", "50% off", "[beta]", "what?", "tab\there", "snake_case", "dash-ed"]
for t in terms:
    print(repr(t), "->", repr(re.escape(t)))
text = "We use C++ and node.js; a|b testing gives 50% off [beta] prices. what? no"
pattern = re.compile("|".join(re.escape(t) for t in terms))
print(pattern.findall(text))
print(re.sub(re.escape("1+1=2"), "math", "is 1+1=2 true? 1+1=2!"))
print(re.compile("abc") is re.compile("abc"))
re.purge()
print(re.compile("abc").pattern)
print(re.escape(""), re.escape("plain words 123"))
