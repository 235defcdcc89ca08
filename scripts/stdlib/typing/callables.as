# Callable, overload, cast and TypeVar-bound helpers in an event dispatcher.
import asyncio
from typing import Callable, Awaitable, Dict, List, TypeVar, cast, overload, Union, Any, TYPE_CHECKING

if TYPE_CHECKING:
    print("never printed")

Handler = Callable[[str], Awaitable[None]]
H = TypeVar("H", bound=Callable[..., Any])
registry: Dict[str, List[Handler]] = {}


def on(event: str) -> Callable[[H], H]:
    def register(fn: H) -> H:
        registry.setdefault(event, []).append(fn)
        return fn
    return register


@on("start")
async def log_start(payload: str) -> None:
    print("log:", payload)


@on("start")
async def notify(payload: str) -> None:
    await asyncio.sleep(0)
    print("notify:", payload.upper())


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> int: ...
def parse(x: Union[int, str]) -> int:
    return int(x)


async def main() -> None:
    for fn in registry["start"]:
        await fn("boot")
    print(parse("12") + parse(3), cast(int, "still a str"), Handler, H)
    print(sorted(registry), len(registry["start"]))


asyncio.run(main())
