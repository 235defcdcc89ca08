#!/usr/bin/env python3
"""A sample module exercising the common path of the parser."""
import asyncio
from collections import defaultdict, OrderedDict as OD


class Queue(Base, metaclass=Meta):
    """A queue."""
    limit: int = 10

    def __init__(self, items=None, *, name="q", **opts):
        self.items = list(items or [])
        self.name, self.opts = name, opts
        self._waiters = {k: v for k, v in opts.items() if not k.startswith("_")}

    async def get(self, timeout: float = 1.5) -> object:
        while not self.items:
            fut = asyncio.get_event_loop().create_future()
            self._waiters[id(fut)] = fut
            try:
                await asyncio.wait_for(fut, timeout)
            except (asyncio.TimeoutError, KeyError) as e:
                raise RuntimeError(f"timed out after {timeout:.2f}s: {e!r}") from e
            finally:
                del self._waiters[id(fut)]
        return self.items.pop(0)

    @property
    def size(self):
        return len(self.items) if self.items else 0


async def worker(q, results, n=0x1F, mask=0b1010_1010):
    async with lock:
        for i in range(n):
            x = await q.get()
            results[i % 3] += x ** 2 - (x // 2) * 3 + ~mask & 0xff
            if x > 10 and x < 100 or x == -1:
                continue
            elif x in (1, 2, 3):
                break
    total = sum(v * v for v in results.values() if v is not None)
    squares = [a * b for a in range(10) for b in range(a) if a != b]
    lookup = {**defaults, "key": [1, 2, 3], 'other': (4, 5)}
    first, *rest = sorted(lookup, key=lambda k: (len(k), k))
    return total, squares[1:-1:2], first, rest


def main():
    global counter
    data = defaultdict(int)
    text = "line one\n" 'line two' """three"""
    assert isinstance(data, dict), "bad"
    with open("f") as f, open("g") as g:
        pass
    counter += 1; data["x"] = counter
    print(text, data, sep=", ", end="\n")
