# Salted password hashing with iterated SHA-256 (an illustration, not a real KDF).
import hashlib


def hash_password(password, salt, rounds=1000):
    digest = salt + password.encode()
    for _ in range(rounds):
        digest = hashlib.sha256(digest).digest()
    return salt.hex() + "$" + digest.hex()


def verify(password, stored):
    salt_hex, _, _ = stored.partition("$")
    return hash_password(password, bytes.fromhex(salt_hex)) == stored


stored = hash_password("s3cret", b"\x00\x01salt")
print(stored)
for attempt in ["s3cret", "secret", ""]:
    print(repr(attempt), verify(attempt, stored))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex())
