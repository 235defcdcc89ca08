# eq/frozen/unsafe_hash decide whether instances can be set members and dict keys.
from dataclasses import dataclass, field


@dataclass
class Mutable:
    x: int


@dataclass(frozen=True)
class Frozen:
    x: int
    tag: str = field(default="", compare=False)


@dataclass(unsafe_hash=True)
class Unsafe:
    x: int


@dataclass(eq=False)
class Identity:
    x: int


for cls in (Mutable, Frozen, Unsafe, Identity):
    try:
        print(cls.__name__, len({cls(1), cls(1), cls(2)}))
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
print(Frozen(1, "a") == Frozen(1, "b"), hash(Frozen(1, "a")) == hash(Frozen(1, "b")))
print(Identity(1) == Identity(1), Mutable.__hash__, Unsafe(3) == Unsafe(3))
