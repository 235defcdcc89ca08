from collections import OrderedDict


class LRUCache(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key, default=None):
        if key not in self:
            return default
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            old, _ = self.popitem(last=False)
            print("evict", old)


cache = LRUCache(3)
for k in "abcd":
    cache.put(k, k.upper())
print(cache.get("b"), cache.get("a"))
cache.put("e", "E")
print(cache)
print(list(cache.keys()), cache.keys())
print(isinstance(cache, dict), cache == {"c": "C", "d": "D", "b": "B", "e": "E"})
