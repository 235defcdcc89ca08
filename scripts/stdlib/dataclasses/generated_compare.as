# The generated __eq__ and ordering methods: field tuples, compare=False, subclasses, other types.
import dataclasses
@dataclasses.dataclass(order=True)
class R:
    p: int
    q: str = "a"
    z: list = dataclasses.field(default_factory=list, compare=False)
@dataclasses.dataclass(order=True)
class S(R):
    pass
@dataclasses.dataclass(eq=True)
class E:
    pass
print(R(1) < R(2), R(1, "b") > R(1, "a"), R(1) <= R(1), R(2) >= R(3), R(1, z=[1]) == R(1, z=[2]))
print(R(1) == S(1), S(1) == R(1), R(1).__eq__(S(1)), R(1).__lt__(5), E() == E(), E() != 1)
try:
    R(1) < S(2)
except TypeError as e:
    print("TypeError", e)
try:
    R(1) < 3
except TypeError as e:
    print("TypeError", e)
print(sorted([R(3, "x"), R(1, "y"), R(3, "a")]))
print(R.__lt__.__qualname__, R.__eq__.__name__, hash(dataclasses.make_dataclass("H", ["a"], frozen=True)(1)) == hash((1,)))
