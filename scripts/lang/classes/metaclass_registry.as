class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        print("created", name, "with", sorted(k for k in ns if not k.startswith("__")))
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.tag = kwargs.get("tag", "none")

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"


class Plugin(metaclass=RegistryMeta):
    def run(self):
        return f"{type(self).__name__} running"


class Alpha(Plugin, tag="a"):
    def run(self):
        return "alpha!"


class Beta(Plugin):
    pass


print(RegistryMeta.registry)
print(type(Alpha).__name__, isinstance(Alpha, RegistryMeta), isinstance(Alpha, type))
print(Alpha.tag, Beta.tag, Plugin.tag)
print([RegistryMeta.registry[k]().run() for k in sorted(RegistryMeta.registry)])
print(Alpha)
