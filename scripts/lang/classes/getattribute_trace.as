class Traced:
    def __init__(self):
        self.value = 10

    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("get", name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        print("fallback", name)
        return None

    def double(self):
        return self.value * 2


t = Traced()
print(t.value)
print(t.double())
print(t.nope)


class Hidden:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no peeking")
        return super().__getattribute__(name)


h = Hidden()
h.secret = 1
h.open = 2
print(h.open)
try:
    h.secret
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(h, "secret"), getattr(h, "secret", "hidden"))
