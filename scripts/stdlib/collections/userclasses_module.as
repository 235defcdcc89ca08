# The User classes as attributes of collections, through `from collections import *`, and
# their class-level behaviour: names, generic aliases, subclass checks.
import collections
from collections import *
from collections.abc import Mapping, MutableMapping, MutableSequence, Sequence, Sized

print(collections.UserDict, UserList, UserString)
print(collections.UserString is UserString, "UserDict" in collections.__all__)
print(UserDict[str, int], UserList[int], type(UserList[int]).__name__)
print(issubclass(UserDict, MutableMapping), issubclass(UserList, MutableSequence))
print(issubclass(UserString, Sequence), issubclass(UserString, MutableSequence))
print(issubclass(UserDict, dict), issubclass(UserList, list), issubclass(UserString, str))
print(isinstance(UserString("x"), Sized), isinstance(UserDict(), Mapping))
print(UserDict.__name__, UserDict.__qualname__, UserDict.__module__)
print(hash(UserString("a")) == hash("a"), UserList.__hash__, UserDict.__hash__)
try:
    collections.UserSet
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(collections, "UserList"), hasattr(collections, "UserTuple"))


class Stack(UserList):
    def push(self, item):
        self.append(item)
        return self


print(Stack().push(1).push(2), Stack([1, 2])[1:], type(Stack([1])[:]).__name__)
print(isinstance(Stack(), UserList), Stack.__mro__[1] is UserList)
