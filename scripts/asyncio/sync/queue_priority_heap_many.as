# Checks: PriorityQueue's heap against many pseudo-random ints (with duplicates), interleaving
# puts and gets; incomparable items raise TypeError from the heap's < comparison.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    x = 12345
    got = []
    for i in range(60):
        x = (x * 1103515245 + 12345) % 2147483648
        q.put_nowait(x % 50)
        if i % 3 == 2:
            got.append(q.get_nowait())
    print(str(q))
    print(got)
    rest = []
    while not q.empty():
        rest.append(q.get_nowait())
    print(rest)
    print(rest == sorted(rest))

    class Job:
        def __init__(self, pri, name):
            self.pri, self.name = pri, name

        def __lt__(self, other):
            return self.pri < other.pri

    jq = asyncio.PriorityQueue()
    for pri, name in [(2, "write"), (0, "boot"), (1, "read"), (3, "halt")]:
        await jq.put(Job(pri, name))
    print([(await jq.get()).name for _ in range(4)])

    bad = asyncio.PriorityQueue()
    bad.put_nowait(1)
    try:
        bad.put_nowait("x")
    except TypeError as e:
        print("TypeError:", e)
    print(bad.qsize())


asyncio.run(main())
