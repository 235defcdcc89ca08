# ClassVar annotations are not fields; metadata and the fields() details.
from dataclasses import dataclass, field, fields, MISSING
from typing import ClassVar, List


@dataclass
class Sensor:
    kind: ClassVar[str] = "generic"
    instances: ClassVar[int] = 0
    name: str
    readings: List[float] = field(default_factory=list, metadata={"unit": "C"})
    threshold: float = field(default=30.0, metadata={"unit": "C", "doc": "alarm level"})

    def __post_init__(self):
        Sensor.instances += 1

    def alarm(self):
        return [r for r in self.readings if r > self.threshold]


s = Sensor("s1", [25.0, 31.5, 29.9, 40.1])
Sensor("s2")
print(s, Sensor.instances, Sensor.kind, s.alarm())
for f in fields(Sensor):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, dict(f.metadata))
print(fields(s)[2].metadata["doc"], len(fields(Sensor)))
try:
    fields(42)
except TypeError as e:
    print(type(e).__name__, e)
