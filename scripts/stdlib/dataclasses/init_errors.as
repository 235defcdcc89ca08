# The generated __init__ reports bad calls exactly as a hand-written one would.
from dataclasses import dataclass, field, KW_ONLY


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Window:
    title: str
    width: int = 640
    _: KW_ONLY
    height: int = 480
    resizable: bool


@dataclass
class Empty:
    pass


calls = [
    lambda: Point(),
    lambda: Point(1),
    lambda: Point(1, 2, 3),
    lambda: Point(1, x=2),
    lambda: Point(1, z=3),
    lambda: Window(),
    lambda: Window("w"),
    lambda: Window("w", 1, 2),
    lambda: Window("w", 1, 2, resizable=True),
    lambda: Window("w", resizable=False),
    lambda: Empty(1),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
