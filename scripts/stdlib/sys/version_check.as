# Feature checks on the interpreter version, as libraries do.
import sys

print(sys.version_info >= (3, 8))
print(sys.version_info[:2] == (3, 11))
print(sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel)
major, minor, *_ = sys.version_info
print(major, minor)
print(len(sys.version_info), isinstance(sys.version, str))
print(tuple(sys.version_info)[:2])
if sys.version_info < (3, 7):
    print("too old")
else:
    print("supported")
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform in ("linux", "darwin", "win32"))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit, sys.maxunicode)
