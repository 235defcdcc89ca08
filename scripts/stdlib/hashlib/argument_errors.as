# Wrong arguments to hashlib's constructors and hash objects raise CPython's TypeErrors.
import hashlib


def attempt(label, f):
    try:
        r = f()
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", r)


attempt("md5(b'', b'')", lambda: hashlib.md5(b"", b""))
attempt("sha256(b'', x=1)", lambda: hashlib.sha256(b"", x=1))
attempt("md5(string=b'a')", lambda: hashlib.md5(string=b"a").hexdigest())
attempt("sha1(b'a', usedforsecurity=False)", lambda: hashlib.sha1(b"a", usedforsecurity=False).hexdigest())
attempt("md5(b'', string=b'')", lambda: hashlib.md5(b"", string=b""))
attempt("new()", lambda: hashlib.new())
attempt("new(name='md5')", lambda: hashlib.new(name="md5").name)
attempt("new('md5', b'', b'')", lambda: hashlib.new("md5", b"", b""))
attempt("new('md5', b'', data=b'')", lambda: hashlib.new("md5", b"", data=b""))
attempt("new('md5', string=b'a')", lambda: hashlib.new("md5", string=b"a"))
attempt("new('md5', x=1)", lambda: hashlib.new("md5", x=1))
attempt("new('MD5', data=b'a', usedforsecurity=False)", lambda: hashlib.new("MD5", data=b"a", usedforsecurity=False).hexdigest())
attempt("new(1)", lambda: hashlib.new(1))
attempt("new('nope')", lambda: hashlib.new("nope"))
h = hashlib.sha256()
attempt("h.update()", lambda: h.update())
attempt("h.update(b'a', b'b')", lambda: h.update(b"a", b"b"))
attempt("h.update(data=b'a')", lambda: h.update(data=b"a"))
attempt("h.digest(1)", lambda: h.digest(1))
attempt("h.hexdigest(1)", lambda: h.hexdigest(1))
attempt("h.copy(1)", lambda: h.copy(1))
attempt("type(h).update(1, b'')", lambda: type(h).update(1, b""))
attempt("type(h).hexdigest()", lambda: type(h).hexdigest())
