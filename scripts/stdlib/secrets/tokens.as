# Session tokens, reset codes and constant-time comparison: the values are random, so the
# script prints only their shapes and properties.
import secrets
import string

HEX = set("0123456789abcdef")
URLSAFE = set(string.ascii_letters + string.digits + "-_")

for n in (None, 0, 1, 16, 33):
    tb, th, tu = secrets.token_bytes(n), secrets.token_hex(n), secrets.token_urlsafe(n)
    print(n, type(tb).__name__, len(tb), len(th), set(th) <= HEX, len(tu), set(tu) <= URLSAFE)

alphabet = string.ascii_uppercase + string.digits
code = "".join(secrets.choice(alphabet) for _ in range(8))
print(len(code), all(c in alphabet for c in code))
rolls = [secrets.randbelow(6) + 1 for _ in range(200)]
print(min(rolls) >= 1, max(rolls) <= 6, len(set(rolls)) > 1)
print(all(0 <= secrets.randbits(12) < 4096 for _ in range(50)), secrets.randbits(0))
print(secrets.randbelow(1), secrets.choice(["only"]), secrets.DEFAULT_ENTROPY)
print(len({secrets.token_hex(8) for _ in range(20)}))

stored = secrets.token_hex(16)
print(secrets.compare_digest(stored, stored), secrets.compare_digest(stored, stored[:-1] + "x"))
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest(b"abc", b"ab"), secrets.compare_digest("", ""))
for a, b in [("a", b"a"), (b"a", "a"), (1, 1), ("é", "é"), (None, b"")]:
    try:
        secrets.compare_digest(a, b)
    except TypeError as e:
        print("TypeError:", e)
for call in (lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3), lambda: secrets.token_bytes(-1),
             lambda: secrets.choice(""), lambda: secrets.randbits(-1)):
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
