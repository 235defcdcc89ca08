class Handler:
    handlers = {}

    def __init_subclass__(cls, /, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if kind is None:
            raise TypeError(f"{cls.__name__} needs a kind")
        Handler.handlers[kind] = cls
        print("registered", cls.__name__, "for", kind)

    def handle(self, data):
        raise NotImplementedError


class JSONHandler(Handler, kind="json"):
    def handle(self, data):
        return f"json:{data}"


class CSVHandler(Handler, kind="csv"):
    def handle(self, data):
        return f"csv:{data}"


for k in sorted(Handler.handlers):
    print(k, Handler.handlers[k]().handle(1))

try:
    class Broken(Handler):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Extra(Handler, kind="x", colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Plain(foo=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
