# Checks: the class body runs once at definition time like ordinary code; names defined in the
# class body are not visible inside methods without self./ClassName.; methods added later.
print("before class")
class Setup:
    print("class body runs")
    x = 1
    y = x + 1
    items = [x, y]
    def method(self):
        try:
            return x
        except NameError as e:
            return "NameError: " + str(e)
    def uses_self(self):
        return self.y
    for i in range(2):
        print("loop in class body", i)
print("after class", Setup.x, Setup.y, Setup.items, Setup.i)
s = Setup()
print(s.method(), s.uses_self())
def extra(self):
    return "added later " + str(self.x)
Setup.extra = extra
print(s.extra())
x = "global x"
print(s.method())
