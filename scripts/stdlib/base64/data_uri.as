# Embedding small files as data: URIs and reading them back.
import base64

files = {"dot.gif": bytes([71, 73, 70, 56, 57, 97, 1, 0, 1, 0, 0, 0, 0, 33, 249, 4]), "note.txt": "hello, world\n".encode()}
kinds = {"gif": "image/gif", "txt": "text/plain"}
uris = []
for name, data in files.items():
    mime = kinds[name.rsplit(".", 1)[1]]
    uri = f"data:{mime};base64,{base64.b64encode(data).decode()}"
    uris.append(uri)
    print(name, len(data), "bytes ->", uri)
for uri in uris:
    header, _, payload = uri.partition(",")
    data = base64.b64decode(payload)
    print(header, data[:6], len(data), data.hex())
token = base64.urlsafe_b64encode(b"session:42:\xfa\xfb").rstrip(b"=")
print(token, base64.urlsafe_b64decode(token + b"=" * (-len(token) % 4)))
