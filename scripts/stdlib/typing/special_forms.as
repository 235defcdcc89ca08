# Literal, Final, ClassVar, Annotated and NewType in a settings module.
from typing import Literal, Final, ClassVar, Annotated, NewType, get_args, get_origin, Optional

Mode = Literal["fast", "safe"]
MAX_RETRIES: Final = 3
UserId = NewType("UserId", int)
Meters = Annotated[float, "unit:m"]


class Settings:
    defaults: ClassVar[dict] = {"mode": "safe"}
    mode: Mode
    distance: Meters

    def __init__(self, mode: Mode = "safe", distance: Meters = 1.0) -> None:
        if mode not in get_args(Mode):
            raise ValueError(f"mode must be one of {get_args(Mode)}, not {mode!r}")
        self.mode = mode
        self.distance = distance


print(Settings("fast").mode, Settings.__annotations__)
try:
    Settings("turbo")
except ValueError as e:
    print(type(e).__name__, e)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, MAX_RETRIES)
print(get_origin(Meters), get_args(Meters), Meters.__metadata__, get_origin(Mode))
for form in (Literal, Final, ClassVar, Optional):
    try:
        form()
    except TypeError as e:
        print(type(e).__name__, e)
