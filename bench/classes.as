# Benchmark: the class machinery — 600,000 instance creations (__init__, super().__init__),
# attribute reads and writes, method calls and an explicit Base.method(self) call.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return Point.norm1(self) + abs(self.z)


def main():
    total = 0
    for i in range(300000):
        p = Point(i, -i)
        total += p.norm1() + p.x
        q = Point3(i, 1, 2)
        total += q.norm1() + q.z
    print(total)


main()
