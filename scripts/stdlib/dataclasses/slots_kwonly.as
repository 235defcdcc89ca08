# slots=True and kw_only=True dataclasses for compact keyword-configured records.
from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"


@dataclass(kw_only=True)
class Request:
    method: str = "GET"
    url: str
    headers: dict = field(default_factory=dict)


p = Pixel(1, 2)
print(p, Pixel.__slots__, [f.name for f in fields(Pixel)])
try:
    p.alpha = 0.5
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 9
print(p)
r = Request(url="/x")
print(r, Request(url="/y", method="POST", headers={"a": "1"}))
try:
    Request("/z")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Request()
except TypeError as e:
    print(type(e).__name__, e)
print(Pixel.__match_args__, Request.__match_args__)
