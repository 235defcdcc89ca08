# Checking generated identifiers against the keyword lists, as a code generator does.
import keyword

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
candidates = ["class", "klass", "async", "await", "match", "case", "_", "print", "None", "none",
              "True", "type", "lambda", "nonlocal", "yield"]
for word in candidates:
    print(f"{word:10} keyword={keyword.iskeyword(word)!s:5} soft={keyword.issoftkeyword(word)}")


def safe_name(name):
    name = "".join(c if c.isalnum() else "_" for c in name)
    if name[0].isdigit():
        name = "_" + name
    if keyword.iskeyword(name):
        name += "_"
    return name


print([safe_name(n) for n in ["from", "2nd-field", "user name", "import", "ok"]])
print(keyword.__all__, "async" in keyword.kwlist, sorted(keyword.kwlist) == keyword.kwlist)
