# The supported algorithms: sizes, names and digests of the same message.
import hashlib

msg = "The quick brown fox jumps over the lazy dog".encode()
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(name, msg)
    direct = getattr(hashlib, name)(msg)
    print(h.name, h.digest_size, h.block_size, h.hexdigest() == direct.hexdigest())
    print("  ", h.hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.sha512(b"x").digest()[:8])
print(sorted(n for n in ["md5", "sha1", "sha256", "sha512"] if n in hashlib.algorithms_available))
for bad in [lambda: hashlib.new("nope"), lambda: hashlib.sha256("text"), lambda: hashlib.md5().update(42), lambda: hashlib.new(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
