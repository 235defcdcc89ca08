# The order in which a class pattern looks up attributes and runs sub-patterns: every
# attribute is fetched first (positional then keyword), then the sub-patterns run left to
# right and stop at the first failure.


class Probe:
    __match_args__ = ("a", "b")

    @property
    def a(self):
        print("  get a")
        return 1

    @property
    def b(self):
        print("  get b")
        return 2

    @property
    def c(self):
        print("  get c")
        return 3


class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print(f"  compare {other} with {self.v}")
        return other == self.v


class K:
    ONE = Eq(1)
    TWO = Eq(2)
    NINE = Eq(9)


print("case 1")
match Probe():
    case Probe(K.NINE, K.TWO, c=K.ONE):
        print("no")
    case Probe(K.ONE, K.TWO, c=3):
        print("yes")

print("case 2")


class Raises:
    @property
    def boom(self):
        raise AttributeError("no boom")


match Raises():
    case Raises(boom=_):
        print("no")
    case Raises():
        print("an AttributeError while matching means no match")
