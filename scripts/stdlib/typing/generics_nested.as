# Generic classes with two type variables, subclassing a parametrised base, and errors.
from typing import Generic, TypeVar, Dict, Optional, Iterator, Tuple

K = TypeVar("K")
V = TypeVar("V")


class Cache(Generic[K, V]):
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: Dict[K, V] = {}

    def put(self, key: K, value: V) -> None:
        if len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value

    def get(self, key: K) -> Optional[V]:
        return self.data.get(key)

    def items(self) -> Iterator[Tuple[K, V]]:
        return iter(self.data.items())


class StrCache(Cache[str, V]):
    def keys_upper(self):
        return [k.upper() for k in self.data]


c = Cache[str, int](2)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(list(c.items()), c.get("a"), c.get("c"))
s = StrCache[float](3)
s.put("pi", 3.14)
print(s.keys_upper(), Cache.__parameters__, StrCache.__parameters__, StrCache[float])
print(Cache[str, int], Cache[K, V][int, str], Dict[K, V][str, int])
for bad in (lambda: Cache[int], lambda: Generic[int], lambda: StrCache[int, int]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
