# TypeVar reprs, bounds and constraints, used by generic helper functions.
from typing import TypeVar, Sequence, List, AnyStr

T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=Sequence)
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)


def first(items: Sequence[T]) -> T:
    return items[0]


def total(xs: List[N]) -> N:
    return sum(xs)


def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b


print(T, N, B, T_co, T_contra, AnyStr, T.__name__, N.__constraints__, B.__bound__)
print(first("abc"), first([3, 2]), total([1, 2.5]), concat("a", "b"))
for bad in (lambda: TypeVar("X", int), lambda: TypeVar("Y", covariant=True, contravariant=True)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
