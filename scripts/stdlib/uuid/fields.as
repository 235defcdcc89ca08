# Taking a UUID apart: its forms, fields and the constructors that rebuild it.
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.version, u.variant)
same = [uuid.UUID(u.hex), uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int), uuid.UUID("urn:uuid:" + str(u))]
print(all(s == u for s in same), len({hash(s) for s in same}))
v4 = uuid.UUID(int=0x1234, version=4)
print(v4, v4.version, v4.variant)
print(uuid.UUID(int=0), uuid.UUID(int=2**128 - 1).variant, uuid.UUID("00000000-0000-0000-c000-000000000000").variant)
print(sorted([uuid.UUID(int=9), uuid.UUID(int=2), uuid.UUID(int=5)]), uuid.UUID(int=1) < uuid.UUID(int=2), str(uuid.UUID(int=1)) == "00000000-0000-0000-0000-000000000001")
