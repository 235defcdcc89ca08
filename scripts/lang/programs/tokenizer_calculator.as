# A regex tokenizer (re.VERBOSE, lastgroup) and a recursive-descent calculator; word frequencies; regex helpers.
import re
from collections import Counter
TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<IDENT>[A-Za-z_]\w*)
  | (?P<OP>[-+*/()=])
  | (?P<WS>\s+)
  | (?P<ERR>.)
""", re.VERBOSE)
def tokenize(src):
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "ERR":
            raise SyntaxError(f"unexpected {m.group()!r} at {m.start()}")
        yield kind, m.group()
print(list(tokenize("x = 3.5 * (y + 42)")))
try:
    list(tokenize("a $ b"))
except SyntaxError as e:
    print("SyntaxError:", e)
class Parser:
    def __init__(self, tokens):
        self.toks = list(tokens)
        self.i = 0
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)
    def take(self):
        t = self.peek(); self.i += 1; return t
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == "*" else v / r
        return v
    def factor(self):
        kind, val = self.take()
        if kind == "NUMBER":
            return float(val) if "." in val else int(val)
        if val == "(":
            v = self.expr()
            self.take()
            return v
        if val == "-":
            return -self.factor()
        raise ValueError(f"bad token {val!r}")
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2 + 3) * 2.5", "2 * (3 + 4) - 5 / (1 + 1)"]:
    print(f"{src:>28} = {Parser(tokenize(src)).expr()}")
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = re.findall(r"[a-z']+", text.lower())
freq = Counter(words)
for w, n in freq.most_common(5):
    print(f"{w:<12}{n:>3} {'#' * n}")
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(re.findall(r"<(\w+)>.*?</\1>", "<b>bold</b><i>it</i><b>x</i>"), re.search(r"a.c", "a\nc", re.S).group() == "a\nc")
print(re.sub(r"(?m)^", "> ", "one\ntwo"), re.match(r"(?i)HELLO", "hello").group(), re.findall(r"\d{2,3}", "1 12 123 1234"))
dates = "2024-01-05, 1999-12-31 and 2000-02-30"
print([f"{d}/{m}/{y}" for y, m, d in re.findall(r"(\d{4})-(\d{2})-(\d{2})", dates)])
print(re.split(r"\s*[;,]\s*|\s+and\s+", dates), re.compile(r"(a)|(b)").sub(lambda m: "A" if m.group(1) else "B", "abba"))
print(re.fullmatch(r"[\w.]+@\w+\.com", "x.y@z.com") is not None, re.purge() is None, bool(re.match("", "")))
pat = re.compile(r"(?P<key>\w+)\s*=\s*(?P<val>[^;]+)")
print({m["key"]: m["val"].strip() for m in pat.finditer("a = 1; b= two ;c=3")})
print(re.sub(r"\s{2,}", " ", "too    many   spaces"), "|".join(re.findall(r"[A-Z][a-z]+", "CamelCaseStringHere")))
print(re.sub(r"([a-z])([A-Z])", r"\1_\2", "camelCaseName").lower(), re.escape("1+1=2"), re.findall(r"[^\W\d_]+", "ab12_cd"))
