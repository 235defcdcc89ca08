# json dumps/loads options and errors; parsing a log with named-group regexes, sub with functions, lookarounds.
import json
import re

doc = {"name": "Widget", "tags": ["a", "b"], "price": 9.99, "stock": None, "active": True,
       "dims": {"w": 1, "h": 2.5}, "unicode": "café ☕", "nested": [[1, 2], {"k": []}]}
s = json.dumps(doc)
print(s)
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
back = json.loads(s)
print(back == doc, back["dims"]["h"], type(back["tags"]).__name__)
print(json.loads('[1, 2.0, "x", null, true, {"a": -1e3}]'))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
class Custom:
    def __init__(self, v): self.v = v
try:
    json.dumps({"c": Custom(1)})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"c": Custom(2)}, default=lambda o: {"__custom__": o.v}))
print(json.loads('{"__custom__": 5}', object_hook=lambda d: Custom(d["__custom__"]) if "__custom__" in d else d).v)
print(json.dumps([1, (2, 3)], indent=None), json.dumps("tab\t\"q\""), json.dumps(1e100), json.dumps(float("inf")))
print(json.dumps({1: "int key", True: "bool", None: "none"}))

log = """2024-01-15 10:23:45 ERROR [db] Connection refused (code=111)
2024-01-15 10:24:01 INFO [web] GET /index.html 200 0.023s
2024-01-15 10:24:02 WARNING [web] slow response /api/users 1.502s
2024-01-16 08:00:00 INFO [cron] job nightly finished
2024-01-16 08:00:05 ERROR [web] POST /api/login 500 0.100s"""
pat = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>\w+) \[(?P<comp>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("level"), m["comp"], m.group("msg")[:20], m.span("date"))
print([m.groupdict()["level"] for m in pat.finditer(log)])
print(re.findall(r"/[\w/.]+", log))
print(re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=x"))
print(re.sub(r"(\d+)\.(\d+)s", lambda m: f"{float(m.group(0)[:-1]) * 1000:.0f}ms", log.splitlines()[1]))
print(re.sub(r"(?i)error", "E", log.splitlines()[0]), re.subn(r"\d", "#", "a1b22c333"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", " x  y "))
email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
print(email.findall("contact: bob@example.com, alice.smith+tag@mail.co.uk; bad@x"))
m = re.match(r"(\w+) (\w+)", "Hello World Again")
print(m.group(), m.group(1, 2), m.groups(), m.start(2), m.end(), m.string, m.re.pattern)
print(re.search(r"\bfox\b", "the fox").start(), re.fullmatch(r"\d+", "123a"), bool(re.fullmatch(r"\d+", "123")))
print(re.escape("a.b*c?"), re.sub(r"\s+", " ", "a \n\t b"), re.compile(r"x", re.I).flags & re.I != 0)
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"), re.sub(r"(a)(b)?", r"[\1\2]", "ac ab"))
print(re.findall(r"(?<=@)\w+", "a@b c@d"), re.findall(r"\d+(?=px)", "10px 20em 30px"), re.findall(r"^\s*#.*$", "x\n  # c\ny", re.M))
print(repr(re.match(r"a", "b")), re.compile(r"\d+").pattern)
m2 = re.search(r"(\d+)-(\d+)?", "10-")
print(m2.groups(), m2.groups("dflt"), m2.lastindex)
print(re.sub(r"x*", "-", "abxd"))
