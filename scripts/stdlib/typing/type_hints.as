# get_type_hints resolves string annotations (forward references) of classes and functions.
from typing import get_type_hints, Optional, List, Dict
from dataclasses import dataclass


@dataclass
class Tree:
    value: int
    children: "List[Tree]"
    parent: Optional["Tree"] = None


class Base:
    id: int


class Record(Base):
    name: str
    tags: "Dict[str, int]"


def build(root: "Tree", depth: int = 2) -> "Optional[Tree]":
    return None


print(get_type_hints(Tree))
print(get_type_hints(Record))
print(get_type_hints(build))
print(build.__annotations__)
print(Tree.__annotations__)
