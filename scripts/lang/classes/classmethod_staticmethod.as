class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29"))
print(MyDate.from_string("2023-01-01"))
print(Date.is_leap(2000), MyDate().is_leap(1900) if False else Date.is_leap(1900))
d = Date(2020, 1, 1)
print(d.from_string("1999-12-31"), d.is_leap(2020))
print(Date.count)
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(2024))
print(classmethod(len).__func__ is len)
