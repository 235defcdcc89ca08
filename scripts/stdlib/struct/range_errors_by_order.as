import struct
for f in ['>H','!h','<h','<b','>B','<i','>i','@i','=I','>I','<l','>L','@L', '!H', '<q', '>Q']:
    for v in (2**31 + 5, -2**31 - 5, 70000, -1):
        try: struct.pack(f, v)
        except struct.error as e: print(f, v, e)
for f in ['>q','!q','>Q','<q','<Q','q', '>h', '>b', '>B', '<H']:
    for v in (2**64, -2**64, -1, 2**63, 300):
        try: struct.pack(f, v)
        except struct.error as e: print(f, v, e)
