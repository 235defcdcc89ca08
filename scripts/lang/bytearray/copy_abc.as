# bytearray is a registered MutableSequence and ByteString, unhashable, and copy copies it.
import copy
from collections.abc import MutableSequence, Sequence, ByteString, Iterable, Iterator, Hashable, Sized
b = bytearray(b"ab")
print(isinstance(b, MutableSequence), isinstance(b, Sequence), isinstance(b, ByteString), isinstance(b, Iterable), isinstance(iter(b), Iterator), isinstance(b, Hashable), isinstance(b, Sized))
c = copy.copy(b); d = copy.deepcopy([b, b])
print(c, c is b, d, d[0] is d[1], d[0] is b)
