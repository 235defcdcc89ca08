# Concurrent bank transfers with per-account locks taken in order, an Enum status, logging to stderr.
import asyncio
import logging
from dataclasses import dataclass, field
from enum import Enum, auto

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger(__name__)

class TxStatus(Enum):
    PENDING = auto()
    DONE = auto()
    FAILED = auto()

@dataclass
class Account:
    owner: str
    balance: int = 0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock, repr=False, compare=False)

class InsufficientFunds(Exception):
    pass

@dataclass
class Transfer:
    src: Account
    dst: Account
    amount: int
    status: TxStatus = TxStatus.PENDING

    async def execute(self):
        first, second = sorted([self.src, self.dst], key=lambda a: a.owner)
        async with first.lock:
            await asyncio.sleep(0)
            async with second.lock:
                if self.src.balance < self.amount:
                    self.status = TxStatus.FAILED
                    raise InsufficientFunds(f"{self.src.owner} has {self.src.balance}, needs {self.amount}")
                self.src.balance -= self.amount
                await asyncio.sleep(0)
                self.dst.balance += self.amount
                self.status = TxStatus.DONE

async def main():
    alice, bob, carol = Account("alice", 100), Account("bob", 50), Account("carol")
    transfers = [Transfer(alice, bob, 30), Transfer(bob, carol, 70), Transfer(carol, alice, 10),
                 Transfer(bob, alice, 200), Transfer(alice, carol, 20)]
    results = await asyncio.gather(*(t.execute() for t in transfers), return_exceptions=True)
    for t, r in zip(transfers, results):
        log.info("%s -> %s %d: %s %s", t.src.owner, t.dst.owner, t.amount, t.status.name, r if r else "")
    total = sum(a.balance for a in (alice, bob, carol))
    print(alice, bob, carol, total, sep="\n")

asyncio.run(main())
