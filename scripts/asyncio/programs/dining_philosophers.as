# Dining philosophers with ordered asyncio.Lock acquisition.
import asyncio
import random

class Philosopher:
    def __init__(self, name, left, right, log):
        self.name, self.left, self.right, self.log = name, left, right, log
        self.meals = 0
    async def dine(self, rounds):
        for _ in range(rounds):
            first, second = sorted([self.left, self.right], key=id)
            first, second = (self.left, self.right) if self.left[0] < self.right[0] else (self.right, self.left)
            async with first[1]:
                async with second[1]:
                    self.meals += 1
                    self.log.append(f"{self.name} eats ({self.meals})")
                    await asyncio.sleep(0)
            await asyncio.sleep(0)

async def main():
    forks = [(i, asyncio.Lock()) for i in range(5)]
    log = []
    ps = [Philosopher(n, forks[i], forks[(i + 1) % 5], log) for i, n in enumerate(["Aristotle", "Kant", "Spinoza", "Marx", "Russell"])]
    await asyncio.gather(*(p.dine(3) for p in ps))
    print(len(log), {p.name: p.meals for p in ps})
    print(log[:6])

asyncio.run(main())
