# Stable identifiers for resources from uuid5/uuid3 in the standard namespaces.
import uuid

for name in ["python.org", "example.com"]:
    print(name, uuid.uuid5(uuid.NAMESPACE_DNS, name), uuid.uuid3(uuid.NAMESPACE_DNS, name))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/a"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=admin"))
print(uuid.NAMESPACE_DNS, repr(uuid.NAMESPACE_URL))
ids = {uuid.uuid5(uuid.NAMESPACE_DNS, f"host{i}.lan") for i in range(5)}
print(len(ids), sorted(ids)[0])
u = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
print(u.version, u.variant, u == uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, b"bytes")
except TypeError as e:
    print("TypeError:", e)
