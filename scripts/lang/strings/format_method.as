# Checks: str.format with automatic, positional, keyword, index and attribute fields and specs.
print("{} and {}".format("spam", "eggs"))
print("{1} and {0}".format("spam", "eggs"))
print("{0}{1}{0}".format("abra", "cad"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[0]} {0[2]} {1[key]}".format([10, 20, 30], {"key": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.3f} {:+d} {:,} {:08.3f} {:x} {:#o}".format(3.14159, 5, 1000000, -3.14159, 255, 8))
print("{0:{1}}|".format("w", 5))
print("{:{fill}^{width}}".format("mid", fill="*", width=9))
print("{{}} {{{}}}".format("in braces"))
print("{!r} {!s}".format("text", "text"))
print("{0!r:>10}".format("a"))
class P:
    def __init__(self):
        self.x = 1
        self.y = "two"
p = P()
print("{0.x} {0.y} {p.x}".format(p, p=p))
print("{} {}".format(1, [2, 3]))
print("{:e} {:g} {:%}".format(12345.678, 0.0001, 0.5))
print("no fields".format(1, 2))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
