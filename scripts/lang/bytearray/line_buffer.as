# A line buffer that accumulates chunks read from a stream and hands out complete lines,
# the way a protocol reader splits on b"\n".
import asyncio


class LineBuffer:
    def __init__(self):
        self._buf = bytearray()

    def feed(self, chunk):
        self._buf += chunk

    def lines(self):
        while True:
            i = self._buf.find(b"\n")
            if i < 0:
                return
            line = self._buf[:i]
            del self._buf[:i + 1]
            yield bytes(line.rstrip(b"\r"))

    def pending(self):
        return bytes(self._buf)


async def producer(queue, chunks):
    for chunk in chunks:
        await asyncio.sleep(0.01)
        await queue.put(chunk)
    await queue.put(None)


async def consumer(queue):
    buf = LineBuffer()
    count = 0
    while (chunk := await queue.get()) is not None:
        buf.feed(chunk)
        for line in buf.lines():
            count += 1
            key, sep, value = line.partition(b"=")
            if sep:
                print(count, key.strip().decode(), "->", value.strip())
            else:
                print(count, "raw", line, line.split())
    print("left over:", buf.pending())


async def main():
    queue = asyncio.Queue(maxsize=2)
    chunks = [b"name = ada\r\nlang", b"uage=py", b"thon\n\nno equals sign here\n", bytearray(b"x=1\ny"), b"=2\npartial"]
    await asyncio.gather(producer(queue, chunks), consumer(queue))

    # splitlines and split on a whole buffer at once.
    blob = bytearray(b"alpha\nbeta\r\ngamma\rdelta")
    print(blob.splitlines())
    print(blob.splitlines(keepends=True))
    print(blob.split(b"\n", 1), blob.rsplit(b"a", 2))
    print(bytearray(b"  a  b c ").split(), bytearray(b"  a  b c ").split(None, 1))
    print(b"".join(blob.split(b"a")), bytearray(b", ").join([b"x", bytearray(b"y")]))


asyncio.run(main())
