class lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.attr] = value if False else value
        setattr(obj, self.attr, value)
        return value


class Report:
    def __init__(self, rows):
        self.rows = rows

    @lazy
    def total(self):
        print("computing total")
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total)
print(r.total)
print("total" in vars(r))
print(isinstance(Report.total, lazy))
