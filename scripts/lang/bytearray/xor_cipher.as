# An in-place XOR stream cipher over a bytearray, with a key schedule and a round trip.
import hashlib


def keystream(key, n):
    out = bytearray()
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(key + bytes([counter])).digest()
        counter += 1
    del out[n:]
    return out


def xor_in_place(buf, key):
    ks = keystream(key, len(buf))
    for i in range(len(buf)):
        buf[i] ^= ks[i]
    return buf


def xor_slices(buf, key):
    # The same cipher, one extended slice per key byte.
    for j, k in enumerate(key):
        buf[j::len(key)] = bytes(b ^ k for b in buf[j::len(key)])
    return buf


message = "Attack at dawn! Ünïcödé too.".encode("utf-8")
buf = bytearray(message)
alias = buf
xor_in_place(buf, b"secret")
print(alias is buf, buf != message, len(buf) == len(message))
print(buf.hex())
xor_in_place(buf, b"secret")
print(buf == message, buf.decode("utf-8"))

plain = bytearray(b"repeating-key xor")
xor_slices(plain, b"KEY")
print(plain)
print(plain.hex())
xor_slices(plain, b"KEY")
print(plain, plain.decode())

# Reversal and rotation in place.
data = bytearray(b"0123456789")
data.reverse()
print(data)
data[:3], data[3:] = data[-3:], data[:-3]
print(data)
data[::2] = data[1::2]
print(data, data.count(b"8"), data.find(b"6"))
print(hashlib.md5(data).hexdigest() == hashlib.md5(bytes(data)).hexdigest())
