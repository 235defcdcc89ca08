# str subclasses keep their text for str.__str__ and join; __hash__ results are the hash
# itself; isinstance() asks a non-class object's __instancecheck__.
class Tag(str):
    def __repr__(self):
        return f"Tag({str.__str__(self)})"


tags = [Tag("red"), Tag("blue")]
print(str.__str__(tags[0]), "-".join(tags), repr(tags[0]), f"{tags[1]}")


class Key:
    def __init__(self, *parts):
        self.parts = parts

    def __hash__(self):
        return hash(self.parts)

    def __eq__(self, other):
        return isinstance(other, Key) and self.parts == other.parts


class Named:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)


print(hash(Key(1, "a")) == hash((1, "a")), hash(Named("x")) == hash("x"))
print({Key(1, "a"): "found"}[Key(1, "a")])


class EvenNumbers:
    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj % 2 == 0


even = EvenNumbers()
print([isinstance(n, even) for n in (1, 2, 3, 4)], isinstance(4, (str, even)))
try:
    isinstance(1, object())
except TypeError as e:
    print(type(e).__name__, e)
