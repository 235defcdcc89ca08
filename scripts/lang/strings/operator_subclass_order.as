# str + and % with str subclasses on the right: the subclass's reflected method goes first;
# in-place forms and the errors of the built-in operations.
class S(str):
    def __rmod__(self, other):
        return "rmod"

    def __radd__(self, other):
        return "radd"


print("x%s" % S("y"), "a" + S("b"), "%d-%s" % (3, "z"), "%.2f" % 1.5, "%s" % 7)
s = "k"
s += "v"
s %= ()
print(s)
for bad in [lambda: "a" + 1, lambda: "%d" % "x", lambda: "%s %s" % ("one",)]:
    try:
        bad()
    except TypeError as exc:
        print(exc)
