# A publish/subscribe bus with a Queue per subscriber and a None sentinel; walrus in the listener loop.
import asyncio

class PubSub:
    def __init__(self):
        self.subscribers: dict[str, list[asyncio.Queue]] = {}
    def subscribe(self, topic):
        q = asyncio.Queue()
        self.subscribers.setdefault(topic, []).append(q)
        return q
    async def publish(self, topic, msg):
        for q in self.subscribers.get(topic, []):
            await q.put(msg)
    async def close(self):
        for qs in self.subscribers.values():
            for q in qs:
                await q.put(None)

async def listener(name, q, out):
    while (msg := await q.get()) is not None:
        out.append(f"{name}:{msg}")
    out.append(f"{name}:closed")

async def main():
    bus = PubSub()
    out = []
    ls = [asyncio.create_task(listener("n1", bus.subscribe("news"), out)),
          asyncio.create_task(listener("n2", bus.subscribe("news"), out)),
          asyncio.create_task(listener("s1", bus.subscribe("sports"), out))]
    for i in range(3):
        await bus.publish("news", f"headline {i}")
        await bus.publish("sports", f"score {i}")
        await bus.publish("weather", "ignored")
    await bus.close()
    await asyncio.wait_for(asyncio.gather(*ls), timeout=1)
    print(out)
    print(sorted(out) == sorted(set(out)), len(out))

asyncio.run(main())
