# A length-prefixed packet builder and parser built on bytearray.
import asyncio


class PacketWriter:
    def __init__(self):
        self.buf = bytearray()

    def u8(self, n):
        self.buf.append(n)
        return self

    def u16(self, n):
        self.buf += bytes([n >> 8, n & 0xFF])
        return self

    def blob(self, data):
        self.u16(len(data))
        self.buf.extend(data)
        return self

    def text(self, s):
        return self.blob(s.encode("utf-8"))

    def finish(self):
        body = bytes(self.buf)
        checksum = sum(body) % 256
        packet = bytearray(b"PK")
        packet += bytes([len(body) >> 8, len(body) & 0xFF])
        packet.extend(body)
        packet.append(checksum)
        return packet


class PacketReader:
    def __init__(self, packet):
        if packet[:2] != b"PK":
            raise ValueError(f"bad magic {bytes(packet[:2])!r}")
        n = packet[2] << 8 | packet[3]
        self.body = packet[4:4 + n]
        if sum(self.body) % 256 != packet[-1]:
            raise ValueError("checksum mismatch")
        self.pos = 0

    def u8(self):
        n = self.body[self.pos]
        self.pos += 1
        return n

    def u16(self):
        hi, lo = self.body[self.pos:self.pos + 2]
        self.pos += 2
        return hi << 8 | lo

    def blob(self):
        n = self.u16()
        data = self.body[self.pos:self.pos + n]
        self.pos += n
        return data

    def text(self):
        return self.blob().decode("utf-8")


async def send(queue, kind, name, payload):
    w = PacketWriter().u8(kind).text(name).blob(payload)
    await queue.put(w.finish())


async def receive(queue, count):
    for _ in range(count):
        packet = await queue.get()
        print(len(packet), type(packet).__name__, packet.hex())
        r = PacketReader(packet)
        kind, name, payload = r.u8(), r.text(), r.blob()
        print(kind, repr(name), payload, type(payload).__name__)


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(
        send(queue, 1, "héllo", b"\x00\x01\x02"),
        send(queue, 2, "ping", bytearray(range(250, 256))),
        send(queue, 3, "", b""),
        receive(queue, 3),
    )
    p = PacketWriter().u8(7).text("x").finish()
    print(p)
    p[-1] ^= 0xFF
    try:
        PacketReader(p)
    except ValueError as e:
        print(type(e).__name__, e)
    p[0:2] = b"ZZ"
    try:
        PacketReader(p)
    except ValueError as e:
        print(type(e).__name__, e)


asyncio.run(main())
