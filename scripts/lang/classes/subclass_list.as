class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    @property
    def empty(self):
        return not self


s = Stack()
print(s.empty, s, len(s))
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, s.peek(), s.pop(), s, s.empty)
print(s + [9], type(s + [9]).__name__, s == [1, 2, 3], s[1:], sorted(s, reverse=True))
s += [7]
print(type(s).__name__, s, 7 in s, list(reversed(s)), sum(s))
for i, v in enumerate(s):
    print(i, v)


class Validated(list):
    def __init__(self, items=()):
        super().__init__()
        for it in items:
            self.append(it)

    def append(self, item):
        if not isinstance(item, int):
            raise TypeError(f"only ints, got {type(item).__name__}")
        super().append(item)


v = Validated([1, 2])
v.append(3)
print(v, repr(v), str(v))
try:
    v.append("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(v)
except TypeError as e:
    print(type(e).__name__, e)


class Tagged(list):
    def __repr__(self):
        return f"Tagged({super().__repr__()})"


print(Tagged([1, 2]), [Tagged([3])])
