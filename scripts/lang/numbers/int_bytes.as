# int.to_bytes / int.from_bytes (byte orders, signed ranges, CPython's errors), bit_count, as_integer_ratio.
print((5).to_bytes())
for args in [(300, 1, 'big'), (-1, 2, 'big'), (1, 2, 'mid'), (1, -1, 'big')]:
    try:
        print(args[0].to_bytes(args[1], args[2]))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try: int.from_bytes('ab')
except TypeError as e: print(e)
print((-2).to_bytes(2,'little',signed=True), int.from_bytes(b'\xfe\xff','little',signed=True), bool.from_bytes(b'\x00'), int.from_bytes([1,2]))
try: (1).to_bytes(2,byteorder=3)
except TypeError as e: print(e)
try: (1).to_bytes('2')
except TypeError as e: print(e)
print((-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'big', signed=True), (255).to_bytes(1, 'big'))
for v in (128, -129, 256):
    try: print(v.to_bytes(1, 'big', signed=v != 256))
    except OverflowError as e: print(e)
print((0).to_bytes(0,'big'), int.from_bytes(b''), (2**70).to_bytes(10, 'little'), int.from_bytes((2**70).to_bytes(10, 'little'), 'little'))
print((7).bit_count(), (-7).bit_count(), (2**100-1).bit_count(), (10).as_integer_ratio(), True.as_integer_ratio(), (5).conjugate())
class MyInt(int):
    pass
m = MyInt.from_bytes(b'\x01\x00', 'big')
print(type(m).__name__, m, MyInt(300).to_bytes(2, byteorder='little'), int.from_bytes(bytearray(b'\x02'), byteorder='big', signed=True))
try: (1).to_bytes(1, 'big', False)
except TypeError as e: print(e)
try: int.from_bytes()
except TypeError as e: print(e)
print(int.from_bytes(b'\x80', signed=True), (0).to_bytes(1, signed=True), )
try: (-1).to_bytes(0, signed=True)
except OverflowError as e: print(e)
