# Geometry of a polygon route: distances, angles and areas.
import math

route = [(0, 0), (3, 4), (6, 0), (3, -4)]
total = 0.0
for a, b in zip(route, route[1:] + route[:1]):
    d = math.dist(a, b)
    angle = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
    total += d
    print(f"{a} -> {b}: {d} at {angle}")
print("perimeter", total, math.hypot(3, 4, 12), math.hypot(1.1, 2.2))
area = abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(route, route[1:] + route[:1]))) / 2
print("area", area, "circle", math.pi * 2 ** 2, math.tau, math.e)
print(math.sin(math.pi / 6), math.cos(1), math.tan(0.5), math.asin(0.5), math.acos(0.1), math.atan(2))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.radians(180), math.degrees(1))
