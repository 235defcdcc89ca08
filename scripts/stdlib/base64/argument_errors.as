# Wrong arguments to base64 (defined in Python) and binascii (in C) raise CPython's TypeErrors.
import base64
import binascii


def attempt(label, f):
    try:
        r = f()
    except TypeError as e:
        print(label, "->", e)
    else:
        print(label, "=", r)


attempt("b64encode()", lambda: base64.b64encode())
attempt("b64encode(b'', None, 1)", lambda: base64.b64encode(b"", None, 1))
attempt("b64encode(b'hi', altchars=b'-_')", lambda: base64.b64encode(b"hi?", altchars=b"-_"))
attempt("urlsafe_b64encode(b'', 1)", lambda: base64.urlsafe_b64encode(b"", 1))
attempt("standard_b64decode(s=b'aGk=')", lambda: base64.standard_b64decode(s=b"aGk="))
attempt("b64decode(x=1)", lambda: base64.b64decode(x=1))
attempt("b64decode(b'', s=b'')", lambda: base64.b64decode(b"", s=b""))
attempt("b64decode('aGk=', validate=True)", lambda: base64.b64decode("aGk=", validate=True))
attempt("b32decode()", lambda: base64.b32decode())
attempt("b32decode('nbuq====', casefold=True)", lambda: base64.b32decode("nbuq====", casefold=True))
attempt("b16decode(s='6869', casefold=True)", lambda: base64.b16decode(s="6869", casefold=True))
attempt("b16encode(b'', b'')", lambda: base64.b16encode(b"", b""))


class Undecided:
    def __bool__(self):
        raise TypeError("no truth value")


attempt("b16decode('6869', Undecided())", lambda: base64.b16decode("6869", Undecided()))
attempt("b32decode('NBUQ====', Undecided())", lambda: base64.b32decode("NBUQ====", Undecided()))
attempt("encodebytes()", lambda: base64.encodebytes())
attempt("decodebytes(b'', 1)", lambda: base64.decodebytes(b"", 1))
attempt("hexlify()", lambda: binascii.hexlify())
attempt("b2a_hex()", lambda: binascii.b2a_hex())
attempt("hexlify(data=b'ab')", lambda: binascii.hexlify(data=b"ab"))
attempt("hexlify(b'ab', x=1)", lambda: binascii.hexlify(b"ab", x=1))
attempt("unhexlify()", lambda: binascii.unhexlify())
attempt("a2b_hex('61', '62')", lambda: binascii.a2b_hex("61", "62"))
attempt("unhexlify(hexstr='61')", lambda: binascii.unhexlify(hexstr="61"))
