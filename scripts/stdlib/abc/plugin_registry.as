# A plugin system: an abstract Plugin base with a template method, plugins registered by a
# decorator, and instantiation errors reported per plugin.
from abc import ABC, abstractmethod

REGISTRY = {}


def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls


class Plugin(ABC):
    def __init__(self, config):
        self.config = config

    def run(self, data):
        self.setup()
        try:
            return self.process(data)
        finally:
            self.teardown()

    def setup(self):
        print(f"  setup {type(self).__name__}")

    def teardown(self):
        print(f"  teardown {type(self).__name__}")

    @abstractmethod
    def process(self, data):
        ...


@register
class Upper(Plugin):
    def process(self, data):
        return data.upper()


@register
class Repeat(Plugin):
    def process(self, data):
        return data * self.config.get("times", 2)


@register
class Broken(Plugin):
    def proces(self, data):  # a typo: process stays abstract
        return data


for name, cls in REGISTRY.items():
    try:
        plugin = cls({"times": 3})
    except TypeError as e:
        print(f"{name}: {e}")
        continue
    print(f"{name}: {plugin.run('ab')!r}")
