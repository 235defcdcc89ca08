# The base64 family side by side: standard, URL-safe, base32 and base16.
import base64

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)), "ünïcode".encode()]
for s in samples:
    print(s, base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
print(base64.standard_b64encode(b"\xff\xfe"), base64.standard_b64decode("//4="))
print(base64.b64encode(b"\xfb\xff\xbf", altchars=b"-_"), base64.b64decode(b"-_-_", altchars=b"-_"))
print(base64.b32decode("mzxw6===", casefold=True), base64.b16decode("cafe", casefold=True))
print(base64.encodebytes(b"x" * 100))
print(base64.decodebytes(base64.encodebytes(b"line data")))
print(base64.b64decode("Zm9v\nYmFy"), base64.b64decode("Zm9v YmFy"), base64.b64decode("Zm9vYg=="))
