# Checks: chr/ord round trips, hex/bin/oct of positive, negative and big ints, int() parsing
# their output back.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128512))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(hex(255), hex(-255), hex(0), bin(10), bin(-10), bin(0), oct(8), oct(-8), oct(0))
print(hex(2 ** 64), bin(2 ** 10), oct(2 ** 30))
for v in [0, 1, 255, -255, 2 ** 40]:
    print(v, int(hex(v), 16), int(bin(v), 2), int(oct(v), 8), int(hex(v), 0))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
