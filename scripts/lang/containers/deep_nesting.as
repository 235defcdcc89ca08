# Values nested far deeper than the recursion limit, built by loops: every operation that
# descends into them ends in RecursionError (or, where CPython does not count the nesting,
# a result), never a crash.
N = 20000


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except RecursionError as e:
        print(label, "RecursionError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)


lists = [[], []]
tuples = [(), ()]
dicts = [{}, {}]
frozen = [frozenset(), frozenset()]
for i in range(N):
    lists = [[lists[0]], [lists[1]]]
    tuples = [(tuples[0],), (tuples[1],)]
    dicts = [{1: dicts[0]}, {1: dicts[1]}]
    frozen = [frozenset([frozen[0]]), frozenset([frozen[1]])]

attempt("repr list", lambda: repr(lists[0]))
attempt("str list", lambda: str(lists[0]))
attempt("f-string", lambda: f"{lists[0]}")
attempt("repr dict", lambda: repr(dicts[0]))
attempt("repr tuple", lambda: repr(tuples[0]))
attempt("repr frozenset", lambda: repr(frozen[0]))
attempt("== list", lambda: lists[0] == lists[1])
attempt("< list", lambda: lists[0] < lists[1])
attempt("== tuple", lambda: tuples[0] == tuples[1])
attempt("== dict", lambda: dicts[0] == dicts[1])
attempt("== frozenset", lambda: frozen[0] == frozen[1])
attempt("in list", lambda: lists[0] in [lists[1]])
attempt("hash tuple", lambda: hash(tuples[0]))
attempt("hash frozenset", lambda: hash(frozen[0]))
attempt("set of tuple", lambda: {tuples[0]})

classes = int
for i in range(N):
    classes = (classes,)
attempt("isinstance", lambda: isinstance(1, classes))
attempt("issubclass", lambda: issubclass(bool, classes))

it = iter([-5])
for i in range(N):
    it = map(abs, it)
attempt("map chain", lambda: next(it))

exc = ValueError(1)
for i in range(N):
    exc = ValueError(exc)
attempt("repr exception", lambda: repr(exc))
attempt("str exception", lambda: str(exc))

group = ValueError(1)
for i in range(N):
    group = ExceptionGroup("g", [group])
attempt("repr group", lambda: repr(group))
try:
    try:
        raise group
    except* ValueError:
        print("caught")
except RecursionError as e:
    print("except* RecursionError:", e)


def catch(spec):
    try:
        raise KeyError(1)
    except spec:
        return "caught"


attempt("except nested tuple", lambda: catch((ValueError, classes)))
attempt("except flat tuple", lambda: catch((ValueError, KeyError)))
