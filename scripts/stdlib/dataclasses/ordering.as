# order=True: sorting releases and tasks by their fields, in field order.
from dataclasses import dataclass, field


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


versions = [Version(1, 10), Version(1, 2, 3), Version(0, 9), Version(1, 2)]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)], max(versions))
print(Version(1, 2) < Version(1, 2, 1), Version(2) >= Version(1, 99), Version(1) == Version(1, 0, 0))
jobs = [Job(3, "backup"), Job(1, "deploy"), Job(2, "test"), Job(1, "alert")]
print([j.name for j in sorted(jobs)], Job(1, "a") == Job(1, "b"))
try:
    Version(1) < Job(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Job(1, "x") < 3
except TypeError as e:
    print(type(e).__name__, e)
