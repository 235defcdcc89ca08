# How signatures print: defaults, annotations, separators, methods, classes and partials.
import functools
import inspect
from typing import Callable, Dict, List, Optional


def plain(a, b, c):
    pass


def defaults(host="localhost", port=8080, debug=False, tags=None):
    pass


def annotated(name: str, count: int = 1, *rest: float, sep: str = ", ", **extra: object) -> List[str]:
    pass


def posonly(a, b=2, /, c=3, *, d, e=None):
    pass


def typing_hints(cb: Callable[[int], str], table: Dict[str, int], maybe: Optional[int] = None) -> None:
    pass


def forward(node: "Node", depth: "int" = 0) -> "Node":
    pass


class Point:
    def __init__(self, x: float, y: float = 0.0):
        self.x, self.y = x, y

    def move(self, dx, dy=0, *, scale=1):
        pass

    @classmethod
    def origin(cls, dims=2):
        return cls(0.0)

    def __call__(self, factor):
        pass


class Empty:
    pass


class WithNew:
    def __new__(cls, value, *, tag="x"):
        return super().__new__(cls)


for fn in (plain, defaults, annotated, posonly, typing_hints, forward, lambda *a, **k: None,
           Point, Point.move, Point(1).move, Point.origin, Point(2), Empty, WithNew,
           functools.partial(defaults, "example.org"), functools.partial(defaults, port=1),
           functools.partial(posonly, 1), functools.partial(posonly, 1, 2, 3)):
    print(inspect.signature(fn))

sig = inspect.signature(annotated)
print(repr(sig))
print(sig.parameters)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, p.default is inspect.Parameter.empty, p.annotation)
print(inspect.Parameter.empty, repr(inspect.Parameter.KEYWORD_ONLY))
print(sig.replace(return_annotation=inspect.Signature.empty))
print(sig == inspect.signature(annotated), sig == inspect.signature(plain))

P = inspect.Parameter
made = inspect.Signature([P("self", P.POSITIONAL_ONLY), P("x", P.POSITIONAL_OR_KEYWORD, default=1),
                          P("opts", P.VAR_KEYWORD)], return_annotation=int)
print(made, made.parameters["x"].replace(name="y", default=5))
for bad in ([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_OR_KEYWORD)],
            [P("a", P.POSITIONAL_OR_KEYWORD, default=1), P("b", P.POSITIONAL_OR_KEYWORD)],
            [P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]):
    try:
        inspect.Signature(bad)
    except ValueError as e:
        print("ValueError:", e)
for name, kind, kw in (("class", P.POSITIONAL_ONLY, {}), ("args", P.VAR_POSITIONAL, {"default": ()}), (3, P.KEYWORD_ONLY, {})):
    try:
        P(name, kind, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(item, qty=1):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))


def custom(*args):
    pass


custom.__signature__ = inspect.Signature([P("only", P.POSITIONAL_OR_KEYWORD)])
print(inspect.signature(custom))
