# Objects that cannot be copied raise TypeError; atoms and functions copy to themselves.
import copy

def numbers():
    yield 1

for label, obj in [("generator", numbers()), ("module", copy)]:
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(obj)
        except TypeError as e:
            print(label, fn.__name__, type(e).__name__, e)
for atom in (42, 3.5, "text", None, True, len, numbers, int, range(3)):
    print(repr(atom)[:20], copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
print(copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error)
