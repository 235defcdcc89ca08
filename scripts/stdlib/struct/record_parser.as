# A binary log-record parser: a fixed header, then variable-length records, each with a
# type tag, a timestamp, a float reading and a length-prefixed name.
import struct

HEADER = struct.Struct("<4sHHI")      # magic, version, flags, record count
RECORD = struct.Struct("<BxHdq")      # kind, pad, sensor id, value, timestamp
NAME_LEN = struct.Struct("<B")


def build(records):
    out = [HEADER.pack(b"SLOG", 2, 0x8001, len(records))]
    for kind, sensor, value, ts, name in records:
        raw = name.encode()
        out.append(RECORD.pack(kind, sensor, value, ts))
        out.append(NAME_LEN.pack(len(raw)) + raw)
    return b"".join(out)


def parse(blob):
    magic, version, flags, count = HEADER.unpack_from(blob, 0)
    print("header:", magic, version, hex(flags), count, "size", HEADER.size)
    offset = HEADER.size
    for _ in range(count):
        kind, sensor, value, ts = RECORD.unpack_from(blob, offset)
        offset += RECORD.size
        (n,) = NAME_LEN.unpack_from(blob, offset)
        offset += 1
        name = blob[offset:offset + n].decode()
        offset += n
        print(f"  kind={kind} sensor={sensor:#06x} value={value:.3f} ts={ts} name={name!r}")
    return offset


blob = build([
    (1, 0x0102, 21.5, 1700000000, "temp"),
    (2, 0xBEEF, -0.125, -1, "pressure"),
    (3, 7, 1e300, 2**62, "π-sensor"),
])
print(len(blob), blob[:12])
print(parse(blob) == len(blob))

try:
    parse(blob[:30])
except struct.error as e:
    print("truncated:", e)
print(RECORD.format, RECORD.size, struct.calcsize(RECORD.format))
