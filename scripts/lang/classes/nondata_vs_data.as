class NonData:
    def __get__(self, obj, cls):
        return "from descriptor"


class Data:
    def __get__(self, obj, cls):
        return "data descriptor"

    def __set__(self, obj, value):
        print("set", value)


class C:
    a = NonData()
    b = Data()


c = C()
print(c.a, c.b)
c.__dict__["a"] = "instance wins"
c.__dict__["b"] = "instance loses"
print(c.a, c.b)
c.b = 5
print(C.a, C.b)
