# Class patterns with keyword sub-patterns: attributes are looked up on the subject, a missing
# attribute makes the pattern fail (no exception), properties run, and the class can be any
# dotted name.


class Shapes:
    class Circle:
        def __init__(self, r):
            self.r = r

    class Rect:
        def __init__(self, w, h):
            self.w, self.h = w, h

        @property
        def square(self):
            print("  (computing square)")
            return self.w == self.h


def area(s):
    match s:
        case Shapes.Circle(r=0) | Shapes.Rect(w=0) | Shapes.Rect(h=0):
            return "degenerate"
        case Shapes.Circle(r=r):
            return f"circle {3.14159 * r * r:.2f}"
        case Shapes.Rect(square=True, w=w):
            return f"square {w * w}"
        case Shapes.Rect(w=w, h=h):
            return f"rect {w * h}"
        case Shapes.Rect(color=c):
            return f"never: {c}"


for s in [Shapes.Circle(0), Shapes.Circle(2), Shapes.Rect(0, 5), Shapes.Rect(3, 3), Shapes.Rect(2, 5)]:
    print(area(s))


class Partial:
    pass


p = Partial()
p.a = 1
match p:
    case Partial(a=1, b=2):
        print("has b")
    case Partial(a=a):
        print("only a =", a)
