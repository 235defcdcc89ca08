# ExceptionGroup.split / subgroup / derive with types, tuples and predicates; except* on a
# naked exception wraps it in a group whose exceptions are a tuple.
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(eg.split((TypeError, KeyError)))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(repr(eg.subgroup(OSError)), eg.subgroup(ExceptionGroup) is eg)
print(eg.split(lambda e: e is eg)[0] is eg, eg.split(OSError))
d = eg.derive([ValueError(9)])
print(repr(d), type(d).__name__)
b = eg.derive([KeyboardInterrupt()])
print(type(b).__name__)
eg.add_note("a note")
m, r = eg.split(TypeError)
print(m.__notes__, r.__notes__)
try:
    raise eg
except ExceptionGroup as e:
    m, r = e.split(ValueError)
    print(m.__traceback__ is not None, m.__traceback__.tb_lineno == e.__traceback__.tb_lineno)
for bad in (42, (ValueError, 3)):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    raise ValueError("bare")
except* ValueError as e:
    print("caught", repr(e), repr(e.exceptions))
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
except KeyError as e:
    print("plain KeyError passes", repr(e))
