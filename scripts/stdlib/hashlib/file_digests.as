# Checksumming "files" in chunks and verifying them against a manifest.
import hashlib

files = {
    "README.md": b"# Project\n\nHello.\n",
    "data.bin": bytes(range(256)) * 4,
    "empty": b"",
}
manifest = {}
for name, content in files.items():
    h = hashlib.sha256()
    for i in range(0, len(content), 100):
        h.update(content[i:i + 100])
    manifest[name] = h.hexdigest()
    assert h.hexdigest() == hashlib.sha256(content).hexdigest()
    print(f"{h.hexdigest()}  {name}")
files["README.md"] += b"tampered"
for name, content in files.items():
    ok = hashlib.sha256(content).hexdigest() == manifest[name]
    print(name, "OK" if ok else "FAILED")
print(hashlib.md5(b"").hexdigest(), hashlib.sha1(b"abc").hexdigest())
