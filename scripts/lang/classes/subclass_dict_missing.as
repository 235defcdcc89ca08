class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, word):
        self[word] = self[word] + 1


c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(c)
print(c["dog"], "dog" in c, len(c))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
print(isinstance(c, dict), type(c).__name__, c == {"the": 3, "cat": 1, "and": 2, "hat": 1, "bat": 1})


class CaseInsensitive(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


h = CaseInsensitive()
h["Content-Type"] = "text/plain"
print(h["CONTENT-TYPE"], "content-type" in h, "Content-TYPE" in h, list(h))
try:
    h["missing"]
except KeyError as e:
    print(type(e).__name__, e)


class Defaults(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setdefault("debug", False)


print(Defaults(a=1), Defaults([("x", 2)]), Defaults(debug=True))
d = Defaults(q=1)
d.extra = "attr"
print(vars(d), d.get("q"), d.get("zz", "none"), {**d})
