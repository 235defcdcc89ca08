# A storage interface as an ABC: concrete backends must implement every abstract method;
# a half-finished backend cannot be instantiated, with CPython's message.
from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def get(self, key):
        ...

    @abstractmethod
    def put(self, key, value):
        ...

    @abstractmethod
    def delete(self, key):
        ...

    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value

    def delete(self, key):
        del self.data[key]


class ReadOnly(Storage):
    def __init__(self, data):
        self.data = dict(data)

    def get(self, key):
        return self.data[key]


for cls in (Storage, ReadOnly, MemoryStorage):
    try:
        obj = cls() if cls is not ReadOnly else cls({"a": 1})
        print("made", type(obj).__name__)
    except TypeError as e:
        print(type(e).__name__, e)

m = MemoryStorage()
m.put("user:1", {"name": "ada"})
print(m.get("user:1"), m.get_or("user:2", "absent"))
m.delete("user:1")
print(m.get_or("user:1", None), isinstance(m, Storage), issubclass(MemoryStorage, Storage))
print(sorted(Storage.__abstractmethods__), sorted(MemoryStorage.__abstractmethods__))
