# HTTP basic-auth headers: encoding credentials and decoding what clients send.
import base64
import binascii


def header(user, password):
    token = base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    return "Basic " + token


def parse(value):
    scheme, _, token = value.partition(" ")
    if scheme != "Basic":
        return None, "unsupported scheme " + repr(scheme)
    try:
        raw = base64.b64decode(token, validate=True)
    except binascii.Error as e:
        return None, f"{type(e).__name__}: {e}"
    user, sep, password = raw.decode("utf-8").partition(":")
    if not sep:
        return None, "missing colon"
    return (user, password), None


h = header("aladdin", "open sesame")
print(h)
for value in [h, header("josé", "pässwörd"), "Basic YWxhZGRpbg==", "Basic YWxhZGRpbjpvcGVu!!", "Basic YWJj", "Bearer xyz", "Basic " + base64.b64encode(b"u:p").decode() + "="]:
    print(repr(value), "->", parse(value))
