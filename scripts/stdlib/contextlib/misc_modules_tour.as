import copy, contextlib, io, sys, operator, uuid, hashlib, base64, struct, shlex, fnmatch, keyword, pprint, os.path
class Obj:
    def __init__(self): self.items = [1, [2, 3]]; self.name = "o"
    def __repr__(self): return f"Obj({self.items})"
o = Obj(); s = copy.copy(o); d = copy.deepcopy(o)
o.items[1].append(4)
print(s, d, s.items is o.items, d.items[1] is o.items[1])
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): print("copy called"); return Custom(self.v)
    def __deepcopy__(self, memo): print("deepcopy called"); return Custom(copy.deepcopy(self.v, memo))
copy.copy(Custom(1)); copy.deepcopy([Custom([1])])
lst = [1]; lst.append(lst); dl = copy.deepcopy(lst); print(dl[1] is dl, copy.replace if hasattr(copy, "replace") else "")
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise ValueError("boom")
with contextlib.suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")
class Res:
    def close(self): print("closed")
with contextlib.closing(Res()):
    print("using")
with contextlib.nullcontext(5) as v:
    print(v)
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"), operator.add(1, 2))
print(operator.itemgetter("k")({"k": 9}), sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)), operator.neg(5), operator.truth(0))
print(operator.itemgetter(1), operator.attrgetter("a.b"), operator.methodcaller("f", 1, k=2))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "http://x"), repr(uuid.UUID(int=1)))
u = uuid.UUID("12345678-1234-5678-1234-567812345678"); print(u.hex, u.int, u.version, str(u), u.urn, u.bytes[:4])
print(hashlib.sha256(b"hello").hexdigest(), hashlib.md5("abc".encode()).hexdigest(), hashlib.sha1(b"").hexdigest()[:10])
h = hashlib.sha256(); h.update(b"a"); h.update(b"b"); print(h.hexdigest() == hashlib.sha256(b"ab").hexdigest(), h.name, h.digest_size)
print(base64.b64encode(b"hello world"), base64.b64decode("aGVsbG8="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"hi"), base64.b32encode(b"ab"))
print(struct.pack(">IHb", 1, 2, -3), struct.unpack("<hh", b"\x01\x00\xff\xff"), struct.calcsize("iid"), struct.pack("3s", b"abcdef"))
print(shlex.split('cmd -a "quoted arg" \'single\' esc\\ aped'), shlex.quote("it's"), shlex.join(["a b", "c"]))
print(fnmatch.fnmatch("file.py", "*.py"), fnmatch.filter(["a.txt", "b.py", "c.txt"], "*.txt"), fnmatch.translate("*.py"))
print(keyword.iskeyword("yield"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
pprint.pprint({"users": [{"name": "alice", "roles": ["admin", "dev"], "id": 1}, {"name": "bob", "roles": [], "id": 2}], "count": 2, "meta": {"version": "1.0", "tags": list(range(30))}})
print(pprint.pformat(list(range(40)), width=60, compact=True))
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b"), os.path.dirname("/a/b"), os.path.normpath("a/./b/../c"))
print(os.path.split("/x/y/z"), os.path.isabs("/x"), os.path.commonprefix(["abc", "abd"]), os.path.relpath("/a/b/c", "/a"))
sio = io.StringIO("line1\nline2\nline3")
print(sio.readline(), sio.readlines(), sio.tell(), sio.seek(0), sio.read(3), list(io.StringIO("a\nb")))
