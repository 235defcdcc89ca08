# What abc reports: the abstract methods listed in sorted order, an abstract method that is
# overridden later in the hierarchy, update_abstractmethods after patching a class.
import abc
from abc import ABC, abstractmethod


class Pipeline(ABC):
    @abstractmethod
    def transform(self, x): ...

    @abstractmethod
    def load(self): ...

    @abstractmethod
    def extract(self): ...


class Partial(Pipeline):
    def extract(self):
        return [3, 1, 2]


class Full(Partial):
    def transform(self, x):
        return sorted(x)

    def load(self):
        return self.transform(self.extract())


for cls in (Pipeline, Partial, Full):
    try:
        print(cls.__name__, cls().load())
    except TypeError as e:
        print(cls.__name__, "->", e)


class Patched(Partial):
    pass


Patched.transform = lambda self, x: x
Patched.load = lambda self: self.transform(self.extract())
abc.update_abstractmethods(Patched)
print(Patched().load(), sorted(Patched.__abstractmethods__))
print(isinstance(Full(), ABC), abc.ABC.__name__, abc.abstractmethod.__name__)
