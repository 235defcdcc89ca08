# Signatures of dataclasses, as a CLI generator reads them to build its options.
import inspect, dataclasses
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar
@dataclass
class Cfg:
    host: str
    port: int = 80
    tags: list = field(default_factory=list)
    hidden: int = field(default=0, init=False)
    count: ClassVar[int] = 0
    seed: InitVar[int] = 1
    _: KW_ONLY
    debug: bool = False
    name: "str" = "x"
    def __post_init__(self, seed): pass
print(inspect.signature(Cfg))
@dataclass(kw_only=True)
class K:
    a: int
    b: str = "s"
print(inspect.signature(K))
@dataclass
class Child(Cfg):
    extra: float = 1.0
print(inspect.signature(Child))
@dataclass(init=False)
class NoInit:
    a: int
    def __init__(self, q): pass
print(inspect.signature(NoInit))
print(inspect.signature(Cfg).bind("h", 1, debug=True))


def options(cls):
    for p in inspect.signature(cls).parameters.values():
        flag = "--" + p.name.replace("_", "-")
        if p.default is p.empty:
            print(f"  {p.name} (required, {p.kind.description})")
        else:
            print(f"  {flag} [default {p.default!r}]")


for cls in (Cfg, K, Child):
    print(cls.__name__)
    options(cls)
