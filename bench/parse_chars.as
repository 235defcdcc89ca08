# Benchmark: a character-by-character tokenizer and parser over a ~1 MB generated document
# (JSON-like records with a few non-ASCII names): s[i], s[a:b], len(s), s.startswith(p, i),
# s.find(c, i) and str.isdigit in a hand-written scanner, the way a hand-written parser reads
# its input.


def make_doc(n):
    names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    parts = []
    for i in range(n):
        name = names[i % len(names)]
        flag = "true" if i % 3 == 0 else "false"
        parts.append('{"id": %d, "name": "%s-%d", "ok": %s, "vals": [%d, %d, %d], "x": null}'
                     % (i, name, i * 7, flag, i % 97, i * 3, -i))
    return "[" + ",\n".join(parts) + "]"


class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0
        self.n = len(text)

    def skip(self):
        s = self.s
        i = self.i
        while i < self.n and s[i] in " \n\t":
            i += 1
        self.i = i

    def value(self):
        self.skip()
        s = self.s
        c = s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            j = s.find('"', self.i + 1)
            out = s[self.i + 1:j]
            self.i = j + 1
            return out
        if s.startswith("true", self.i):
            self.i += 4
            return True
        if s.startswith("false", self.i):
            self.i += 5
            return False
        if s.startswith("null", self.i):
            self.i += 4
            return None
        j = self.i
        if s[j] == "-":
            j += 1
        while j < self.n and s[j].isdigit():
            j += 1
        out = int(s[self.i:j])
        self.i = j
        return out

    def arr(self):
        self.i += 1
        out = []
        self.skip()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.skip()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                raise ValueError("expected , at %d" % self.i)

    def obj(self):
        self.i += 1
        out = {}
        while True:
            self.skip()
            key = self.value()
            self.skip()
            if self.s[self.i] != ":":
                raise ValueError("expected : at %d" % self.i)
            self.i += 1
            out[key] = self.value()
            self.skip()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                raise ValueError("expected , at %d" % self.i)


def main():
    doc = make_doc(12000)
    records = Parser(doc).value()
    total = 0
    for r in records:
        total += r["id"] + sum(r["vals"]) + (1 if r["ok"] else 0) + len(r["name"])
    print(len(doc), len(records), total)
    # The same document with non-ASCII names: indexing must not rescan it either.
    wide = doc.replace("eta", "\u03b7ta")
    records = Parser(wide).value()
    print(len(wide), len(records), sum(len(r["name"]) for r in records))


main()
