from collections.abc import Iterable, Iterator, Sized, Hashable, Callable, Container, Reversible


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Bag:
    def __len__(self):
        return 3

    def __contains__(self, x):
        return x == "apple"


class Unhashable:
    def __eq__(self, other):
        return True


class NotIterable:
    __iter__ = None


c = Countdown(3)
print(isinstance(c, Iterator), isinstance(c, Iterable), list(c))
print(isinstance(Bag(), Sized), isinstance(Bag(), Container), isinstance(Bag(), Iterable))
print(isinstance(Unhashable(), Hashable), isinstance(Bag(), Hashable))
print(isinstance(NotIterable(), Iterable), isinstance(Countdown, Callable), isinstance(c, Callable))
print(issubclass(Countdown, Iterator), isinstance(c, Reversible))
