# asdict/astuple on nested dataclasses, lists and dicts; json-ready output.
import json
from dataclasses import dataclass, field, asdict, astuple, is_dataclass


@dataclass
class Address:
    city: str
    zip: str


@dataclass
class Customer:
    name: str
    address: Address
    tags: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


c = Customer("Ann", Address("Oslo", "0150"), ["vip"], {"home": Address("Bergen", "5003")})
d = asdict(c)
print(d)
print(astuple(c))
print(json.dumps(d, sort_keys=True))
d["tags"].append("new")
print(c.tags, is_dataclass(c), is_dataclass(Customer), is_dataclass(d))
try:
    asdict(Customer)
except TypeError as e:
    print(type(e).__name__, e)
try:
    astuple([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
