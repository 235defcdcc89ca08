def area(width: float, height: float = 1.0, *rest: int, scale: "Optional[int]" = None, **opts: str) -> float:
    return width * height


def plain(a, b):
    return a


print(area.__annotations__)
print(plain.__annotations__, (lambda x: x).__annotations__)
plain.__annotations__["a"] = int
print(plain.__annotations__)


class Base:
    x: int
    y: str = "y"


class Derived(Base):
    def method(self, other: "Derived") -> None:
        pass


print(Base.__annotations__, Derived.__annotations__, Derived.method.__annotations__)


async def fetch(url: str) -> bytes:
    return b""


print(fetch.__annotations__)
