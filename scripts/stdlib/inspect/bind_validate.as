# Validating a call against a signature before running it: bind, bind_partial,
# BoundArguments.args/kwargs/apply_defaults, and every binding error.
import inspect


def request(method, url, /, body=None, *headers, timeout=30, retries, **params):
    return method, url, body, headers, timeout, retries, params


sig = inspect.signature(request)
cases = [
    (("GET", "/a"), {"retries": 1}),
    (("POST", "/b", b"data", "h1", "h2"), {"retries": 2, "timeout": 5, "q": "x"}),
    (("GET",), {"retries": 0}),
    (("GET", "/a"), {}),
    (("GET", "/a"), {"retries": 1, "url": "/b"}),
    (("GET", "/a", None), {"body": 1, "retries": 1}),
    ((), {"method": "GET", "url": "/", "retries": 1}),
]
for args, kwargs in cases:
    try:
        ba = sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
        continue
    print(ba)
    print("  args", ba.args, "kwargs", ba.kwargs)
    ba.apply_defaults()
    print("  with defaults", ba.arguments)
    print("  call:", request(*ba.args, **ba.kwargs))

partial = sig.bind_partial("GET")
print(partial, partial.args, partial.kwargs)
partial.apply_defaults()
print(partial)


def simple(a, b=2, c=3):
    pass


s = inspect.signature(simple)
for args, kwargs in [((1,), {}), ((1, 2, 3, 4), {}), ((), {"b": 1}), ((1,), {"c": 9}), ((1,), {"d": 4})]:
    try:
        ba = s.bind(*args, **kwargs)
        print(ba, ba.args, ba.kwargs, ba == s.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)


def kwonly(*, flag):
    pass


for args, kwargs in [((1,), {}), ((), {}), ((), {"flag": True})]:
    try:
        print(inspect.signature(kwonly).bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
