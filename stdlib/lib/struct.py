"""The struct module: bytes packed and unpacked by format strings, as in CPython 3.11.

The formats, sizes, alignment and errors are CPython's on 64-bit Linux (stdlib/struct_*.go).
Not supported: pack_into (asyncscript has no bytearray yet); buffers are bytes."""

from _struct import error, calcsize, pack, unpack, unpack_from, _check_iter
from _readonly import field as _field

__all__ = ["calcsize", "pack", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


def _iterate(format, buffer):
    size = calcsize(format)
    for offset in range(0, len(buffer), size):
        yield unpack_from(format, buffer, offset)


def iter_unpack(format, buffer, /):
    """Return an iterator which unpacks the buffer by the format, one struct at a time."""
    _check_iter(format, buffer)
    return _iterate(format, buffer)


class Struct:
    """A compiled struct format: format, size, and the module's functions as methods."""

    def __init__(self, format):
        if not isinstance(format, (str, bytes)):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not "
                            + type(format).__name__)
        if isinstance(format, bytes):
            format = format.decode("ascii")
        self._size = calcsize(format)
        self._format = format

    format = _field("_format", "struct format string")
    size = _field("_size", "struct size in bytes")

    def pack(self, *values):
        return pack(self._format, *values)

    def unpack(self, buffer, /):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer, /):
        return iter_unpack(self._format, buffer)


Struct.__module__ = "_struct"
