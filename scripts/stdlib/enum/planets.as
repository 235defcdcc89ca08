# Enum members with tuple values unpacked into __init__, and computed properties.
from enum import Enum

G = 6.67300E-11


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(f"{p.name:<8} mass={p.mass:.3e} radius={p.radius:.0f} g={p.surface_gravity:.2f}")
heaviest = max(Planet, key=lambda p: p.mass)
print("heaviest:", heaviest, repr(heaviest))
print(Planet((5.976e+24, 6.37814e6)) is Planet.EARTH, Planet.MARS.value)
try:
    Planet.EARTH < Planet.MARS
except TypeError as e:
    print(type(e).__name__, e)
