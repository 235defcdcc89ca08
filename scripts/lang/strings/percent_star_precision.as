# %-formatting: * widths and precisions taken from the arguments (a negative width left-aligns),
# precision on integer conversions (least digits), and format()/str.format errors.
class P:
    def __str__(self): return "P!"
try:
    print(f"{P():>10}")
except TypeError as e:
    print("TypeError:", e)
print(f"{P()!s:>10}|", format(P()), f"{[1, 2]!s:>10}", f"{None!r:>6}")
try:
    print("{:d}".format("x"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{3.5:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{0} {}".format(1, 2))
except ValueError as e:
    print("ValueError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
print("{!r:^9}".format("a"), "{:=+8.2f}".format(3.14159), "{:#010x}".format(255), "{:,d}".format(-1234567), "{:e}".format(0))
print(f"{1234.5:n}", f"{0.00001234:.3}", f"{1e22}", f"{123.456:.0e}", f"{-1.5:+.1f}", f"{5:^+7}", f"{'x':=^5}")
print(format(10, "b"), format(-10, "#o"), format(3.0, ""), format(True, ""), format(True, "d"), format(1.0, "g"), format(100000000.0, "g"))
print("%5s|%-5s|%05.1f|%+d|% d|%x|%X|%#x|%c|%%|%r|%a" % ("a", "b", 3.14159, 5, 5, 255, 255, 255, 65, "é", "é"))
print("%.2s|%*d|%-*d|" % ("abc", 5, 42, 4, 7), "%(x)s-%(y)r" % {"x": 1, "y": "z"})
print("%.2s|%*d|%-*d|%.*f|%*.*f|%*s|" % ("abc", 5, 42, 4, 7, 2, 3.14159, 8, 1, 2.5, -4, "x"))
for bad in [("x", 1), (1.5, 1)]:
    try:
        print("%*d" % bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print("%*d" % (5,))
except TypeError as e:
    print("TypeError:", e)
print("%*d" % (True, 3), "%-5d|%05d|%.3d" % (1, 2, 3))
for f in ["%08.3d", "%-8.3d|", "%#.4x", "%+.2d", "%.0d", "%#.3o", "%8.3x", "%.3d", "% .3d", "%#8.4X", "%.5i", "%.2u", "%08.3f", "%.*d"]:
    try:
        print(f, repr(f % 5), repr(f % -255), repr(f % 0))
    except TypeError as e:
        print(f, "TypeError:", e)
print("%.3d" % True, "%.2x" % 2**70, "%.3d" % 2.7)
