# Hashing many messages that share a prefix with copy(), and a content-addressed store.
import hashlib

base = hashlib.sha1(b"tenant=acme;")
for user in ["alice", "bob", "carol"]:
    h = base.copy()
    h.update(f"user={user}".encode())
    print(user, h.hexdigest(), h.hexdigest() == hashlib.sha1(f"tenant=acme;user={user}".encode()).hexdigest())
print(base.hexdigest())


class Store:
    def __init__(self):
        self.blobs = {}

    def put(self, data):
        key = hashlib.sha256(data).hexdigest()[:12]
        self.blobs.setdefault(key, data)
        return key

    def get(self, key):
        return self.blobs[key]


store = Store()
keys = [store.put(b) for b in [b"alpha", b"beta", b"alpha", b"gamma"]]
print(keys, len(store.blobs), store.get(keys[1]))
print(hashlib.md5(b"x").digest(), len(hashlib.sha384().digest()))
