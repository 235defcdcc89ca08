# typing.NamedTuple with class syntax: defaults, methods, _fields and _replace.
from typing import NamedTuple, List


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000


p = Point(3, 4)
print(p, p.dist(), Point(1), p._fields, Point._field_defaults, p.x, p[1])
staff: List[Employee] = [Employee("ann", "eng", 90000), Employee("bo", "ops"), Employee("cy", "eng", 70000)]
for e in sorted(staff, key=lambda e: -e.salary):
    print(f"{e.name:<4}{e.dept:<5}{e.salary}")
print(staff[1]._replace(salary=55000), staff[0]._asdict(), Employee._make(["di", "hr", 1]))
print(Employee.__annotations__)
x, y = p
print(x + y, len(p), p == Point(3, 4))
try:
    Employee("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
