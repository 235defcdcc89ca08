# A reusable barrier built on Condition.wait_for, and asyncio.Barrier.
import asyncio

class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.generation = 0
        self.cond = asyncio.Condition()
    async def wait(self):
        async with self.cond:
            gen = self.generation
            self.count += 1
            if self.count == self.parties:
                self.generation += 1
                self.count = 0
                self.cond.notify_all()
                return True
            await self.cond.wait_for(lambda: self.generation != gen)
            return False

async def runner(name, barrier, rounds, log):
    for r in range(rounds):
        await asyncio.sleep(0)
        leader = await barrier.wait()
        log.append((r, name, leader))

async def main():
    b = Barrier(3)
    log = []
    await asyncio.gather(*(runner(n, b, 3, log) for n in "xyz"))
    for r in range(3):
        entries = [e for e in log if e[0] == r]
        print(r, sorted(n for _, n, _ in entries), sum(1 for *_, l in entries if l))
    ab = asyncio.Barrier(2)
    async def party(i):
        idx = await ab.wait()
        return idx
    print(sorted(await asyncio.gather(party(1), party(2))))
    print(ab.parties, ab.n_waiting, ab.broken)

asyncio.run(main())
