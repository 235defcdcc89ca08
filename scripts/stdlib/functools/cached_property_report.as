from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def mean(self):
        print("computing mean")
        return sum(self.values) / len(self.values)

    @cached_property
    def spread(self):
        "Max minus min."
        return max(self.values) - min(self.values)


d = Dataset([3, 5, 10])
print(d.mean, d.mean)
print(vars(d))
print(d.spread, sorted(vars(d)))
del d.mean
print("mean" in vars(d), d.mean)
d.mean = 0
print(d.mean, Dataset.spread.__doc__, type(Dataset.mean).__name__)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print(type(e).__name__, e)
