# Validating identifiers from requests; uuid4 values are checked, never printed.
import uuid


def parse_id(text):
    try:
        return uuid.UUID(text)
    except ValueError as e:
        return f"ValueError: {e}"


for text in ["12345678-1234-5678-1234-567812345678", "1234567812345678123456781234567", "not-a-uuid", "{12345678123456781234567812345678}", "12345678-1234-5678-1234-56781234567g"]:
    print(repr(text), "->", parse_id(text))
for kwargs in [{}, {"int": -1}, {"int": 2**128}, {"bytes": b"short"}, {"bytes_le": b"x" * 17}, {"int": 1, "version": 7}, {"hex": "0" * 32, "int": 1}, {"fields": (1, 2, 3)}]:
    try:
        print(uuid.UUID(**kwargs))
    except (ValueError, TypeError) as e:
        print(sorted(kwargs), type(e).__name__, e)
seen = set()
for _ in range(50):
    u = uuid.uuid4()
    assert u.version == 4 and u.variant == uuid.RFC_4122
    assert uuid.UUID(str(u)) == u and len(u.hex) == 32
    seen.add(u)
print("uuid4 unique:", len(seen))
