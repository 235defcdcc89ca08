# Event dispatch in an asyncio program: producers put events (tuples, dicts and objects) on a
# queue and a consumer task routes each one with a match statement.
import asyncio


class Shutdown:
    __match_args__ = ("reason",)

    def __init__(self, reason):
        self.reason = reason


class Tick:
    __match_args__ = ("n",)

    def __init__(self, n):
        self.n = n


async def producer(queue, name, events):
    for ev in events:
        await asyncio.sleep(0.01)
        await queue.put((name, ev))


async def consumer(queue, log):
    counts = {}
    while True:
        source, event = await queue.get()
        match event:
            case Tick(n) if n % 2 == 0:
                log.append(f"{source}: even tick {n}")
            case Tick(n):
                log.append(f"{source}: odd tick {n}")
            case ("click", x, y):
                log.append(f"{source}: click at {x},{y}")
            case ("key", str(k)) if len(k) == 1:
                log.append(f"{source}: key {k!r}")
            case ("key", str(combo)):
                log.append(f"{source}: combo {combo}")
            case {"kind": "resize", "w": w, "h": h}:
                log.append(f"{source}: resize to {w}x{h}")
            case Shutdown(reason):
                log.append(f"{source}: shutdown ({reason})")
                queue.task_done()
                return counts
            case other:
                log.append(f"{source}: ignored {other!r}")
        counts[source] = counts.get(source, 0) + 1
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    log = []
    worker = asyncio.create_task(consumer(queue, log))
    await asyncio.gather(
        producer(queue, "mouse", [("click", 1, 2), ("click", 5, 8), ("scroll", -3)]),
        producer(queue, "keyboard", [("key", "a"), ("key", "ctrl+c"), ("key", 7)]),
        producer(queue, "clock", [Tick(1), Tick(2), {"kind": "resize", "w": 80, "h": 24}]),
    )
    await queue.put(("system", Shutdown("done")))
    counts = await worker
    for line in log:
        print(line)
    print(sorted(counts.items()))


asyncio.run(main())
