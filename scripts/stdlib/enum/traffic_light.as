# A traffic light state machine driven by an Enum, with timings on the members.
import asyncio
from enum import Enum


class Light(Enum):
    RED = 30
    GREEN = 25
    YELLOW = 5

    def next(self):
        order = list(type(self))
        return order[(order.index(self) + 1) % len(order)]

    @property
    def seconds(self):
        return self.value


async def run(cycles):
    state = Light.RED
    for _ in range(cycles):
        print(f"{state.name:<6} for {state.seconds}s  ({state!r})")
        await asyncio.sleep(state.seconds / 1000)
        state = state.next()
    return state


final = asyncio.run(run(7))
print("stopped at", final, "| members:", [m.name for m in Light], "| count:", len(Light))
print(Light(5), Light["GREEN"], Light.RED in Light)
