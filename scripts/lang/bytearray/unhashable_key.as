# A bytearray cannot be a dict key: uncaught, the TypeError ends the script.
seen = {}
for chunk in [b"a", b"b", bytearray(b"c")]:
    seen.setdefault(chunk, len(seen))
    print("stored", chunk)
