"""The secrets module: random tokens and choices from the operating system's generator
(Go's crypto/rand), as in CPython 3.11. Not supported: SystemRandom."""

import base64 as _base64
from _secrets import token_bytes as _token_bytes, randbelow as _randbelow, randbits as _randbits

__all__ = ["choice", "randbelow", "randbits", "token_bytes", "token_hex", "token_urlsafe",
           "compare_digest"]

DEFAULT_ENTROPY = 32  # bytes


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    return _randbelow(exclusive_upper_bound)


def randbits(k):
    """Return a non-negative int with k random bits."""
    return _randbits(k)


def choice(seq):
    """Return a random element of the non-empty sequence seq."""
    if not seq:
        raise IndexError("Cannot choose from an empty sequence")
    return seq[_randbelow(len(seq))]


def token_bytes(nbytes=None):
    """Return a random byte string of nbytes bytes (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _token_bytes(nbytes)


def token_hex(nbytes=None):
    """Return a random text string of 2 * nbytes hexadecimal digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string of nbytes random bytes, Base64-encoded."""
    tok = token_bytes(nbytes)
    return _base64.urlsafe_b64encode(tok).rstrip(b"=").decode("ascii")


def compare_digest(a, b, /):
    """Return a == b for two str (ASCII only) or two bytes, taking time independent of
    where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode("ascii"), b.encode("ascii")
    else:
        if not isinstance(a, bytes) and not isinstance(b, bytes):
            raise TypeError("unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        for x in (a, b):
            if not isinstance(x, bytes):
                raise TypeError(f"a bytes-like object is required, not '{type(x).__name__}'")
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
