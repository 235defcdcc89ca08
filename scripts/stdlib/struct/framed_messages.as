# Length-prefixed framing between asyncio tasks: a producer packs typed messages into
# frames (network byte order), a consumer reassembles them from arbitrary chunks.
import asyncio
import struct

FRAME = struct.Struct("!IB")        # payload length, message type
PING, DATA, CLOSE = 1, 2, 3


def encode(kind, payload=b""):
    return FRAME.pack(len(payload), kind) + payload


def encode_reading(sensor, value, when):
    return encode(DATA, struct.pack("!Hdq", sensor, value, when))


async def producer(queue):
    stream = b"".join([
        encode(PING),
        encode_reading(1, 20.25, 1_700_000_000),
        encode_reading(2, -3.5, 1_700_000_060),
        encode(DATA, b"free text \xe2\x9c\x93"),
        encode(CLOSE),
    ])
    # Deliver the stream in uneven chunks, as a socket would.
    sizes = [3, 1, 7, 20, 2, 9, 100]
    pos = 0
    for size in sizes:
        chunk = stream[pos:pos + size]
        pos += size
        if chunk:
            await queue.put(chunk)
            await asyncio.sleep(0)
    await queue.put(None)


async def consumer(queue):
    buffer = b""
    while True:
        chunk = await queue.get()
        if chunk is None:
            break
        buffer += chunk
        while len(buffer) >= FRAME.size:
            length, kind = FRAME.unpack_from(buffer)
            if len(buffer) < FRAME.size + length:
                break
            payload = buffer[FRAME.size:FRAME.size + length]
            buffer = buffer[FRAME.size + length:]
            if kind == PING:
                print("ping")
            elif kind == DATA and length == struct.calcsize("!Hdq"):
                sensor, value, when = struct.unpack("!Hdq", payload)
                print(f"reading sensor={sensor} value={value} at={when}")
            elif kind == DATA:
                print("text", payload.decode())
            elif kind == CLOSE:
                print("close; leftover", buffer)
                return
    print("stream ended with", len(buffer), "bytes pending")


async def main():
    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue))
    print(encode_reading(7, 1.0, -1).hex())


asyncio.run(main())
