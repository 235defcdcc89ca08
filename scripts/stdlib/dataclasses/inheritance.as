# Dataclass inheritance: field order follows the bases, overrides keep their place.
from dataclasses import dataclass, field, fields


@dataclass
class Event:
    name: str
    source: str = "system"


@dataclass
class UserEvent(Event):
    user: str = "anon"
    source: str = "web"


@dataclass
class Login(UserEvent):
    success: bool = True
    attempts: int = field(default=1, repr=False)


print([f.name for f in fields(Login)])
print(Login("login"), Login("login", "mobile", "kim", False, 3))
print(UserEvent("click"), Event("boot"))
print(isinstance(Login("x"), Event), Login("x") == Login("x"), Login("x") == UserEvent("x"))
try:
    @dataclass
    class Broken(Event):
        level: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass(frozen=True)
    class FrozenChild(Event):
        pass
except TypeError as e:
    print(type(e).__name__, e)
