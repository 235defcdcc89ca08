# A typed job queue: a Generic class parametrised by its job type, in an asyncio worker pool.
import asyncio
from typing import Generic, TypeVar, Optional, List, Dict, Callable, Awaitable

T = TypeVar("T")
R = TypeVar("R")


class JobQueue(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def put(self, item: T) -> None:
        self._items.append(item)

    def get(self) -> Optional[T]:
        return self._items.pop(0) if self._items else None

    def __len__(self) -> int:
        return len(self._items)


async def worker(name: str, queue: "JobQueue[int]", handle: Callable[[int], Awaitable[str]],
                 results: Dict[str, List[str]]) -> None:
    while (job := queue.get()) is not None:
        results.setdefault(name, []).append(await handle(job))


async def square(n: int) -> str:
    await asyncio.sleep(0.001 * n)
    return f"{n}^2={n * n}"


async def main() -> None:
    q = JobQueue[int]()
    for n in range(1, 8):
        q.put(n)
    print(JobQueue[int], JobQueue.__parameters__, len(q), type(q).__name__)
    results: Dict[str, List[str]] = {}
    await asyncio.gather(*(worker(f"w{i}", q, square, results) for i in range(3)))
    for name in sorted(results):
        print(name, results[name])


asyncio.run(main())
