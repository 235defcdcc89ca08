class Base:
    def __init__(self):
        self.log = ["Base"]

    @classmethod
    def create(cls):
        return f"create {cls.__name__}"

    @staticmethod
    def helper(x):
        return x * 2

    def describe(self):
        return "base"


class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")

    @classmethod
    def create(cls):
        return "mid+" + super().create()

    def describe(self):
        return "mid>" + super().describe()


class Leaf(Mid):
    def __init__(self):
        super(Mid, self).__init__()
        self.log.append("Leaf")

    def describe(self):
        inner = lambda: super(Leaf, self).describe()
        return "leaf>" + inner()

    def helper_via_super(self):
        return super().helper(21)


l = Leaf()
print(l.log, l.describe(), Leaf.create(), l.helper_via_super())
print(super(Leaf, l).describe(), super(Mid, Leaf).create())
s = super(Leaf, l)
print(type(s).__name__)
