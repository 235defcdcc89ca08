# Format specs, f-string = and !r, str.format fields, %-formatting and a formatted table.
import math
name = "Widget"
price = 1234.5678
qty = 42
ratio = 0.875
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^12}")
print(f"{price:,.2f} {price:10.1f} {price:e} {price:.3g} {price:_.1f}")
print(f"{qty:05d} {qty:x} {qty:X} {qty:o} {qty:b} {qty:#x} {qty:#b} {qty:+d} {-qty: d}")
print(f"{ratio:.1%} {ratio:%} {1e-7:g} {1e20:g} {123456789.0:g}")
print(f"{qty=} {price=:.1f} {name!r:>12} {name=!s}")
print(f"{'nested':{'>'}{12}}", f"{3.14159:.{3}f}")
x = 10
print(f"{x + 5 = }", f"{x * 2!r}", f"{{literal}}", f"{'a' 'b'}")
print("{:>8}|{:08.3f}|{!r}".format("hi", math.pi, "q"))
print("{0} {1} {0}".format("a", "b"), "{name} is {age}".format(name="Al", age=3))
print("{p[0]}-{p[1]} {d[key]} {o.real}".format(p=(1, 2), d={"key": "v"}, o=3))
print("%s has %d items costing %.2f (%5.1f%%) %r" % ("cart", 3, 9.5, 12.345, "x"))
print("%-8s|%8s|%+05d|%x|%o|%e" % ("l", "r", 7, 255, 8, 12345.678))
print("%(a)s and %(b)04d" % {"a": "A", "b": 7})
table = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelon", 1, 3.0)]
print(f"{'item':<12}{'qty':>5}{'price':>8}")
print("-" * 25)
for item, q, pr in table:
    print(f"{item:<12}{q:>5}{pr:>8.2f}")
print(f"{'total':<12}{sum(q for _, q, _ in table):>5}{sum(q * p for _, q, p in table):>8.2f}")
print(format(1234567, ","), format(0.5, ".0%"), format(255, "08b"), format("s", "^5"))
print(f"{True:>6} {None!s:>6} {3:>{x}}")
print(f"{-0.0:.1f} {float('inf'):>6} {float('nan')} {2.5:.0f} {3.5:.0f} {1/3:.15f}")
print(repr(1.1), repr(0.1 + 0.2), str(1e16), 1e-5, 123e300 * 10, round(2.675, 2), round(-0.5))
print("tab\there", repr("quote's"), repr('dq"'), repr("both'\""), ascii("café"), "café".encode())
print(f"{12345.6789:,.2f}".rjust(15, "."), "abc".center(9, "-"), "42".zfill(6), "-42".zfill(6))
print(f"{1234:_x}", f"{10**10:,}", f"{0.000123:.2e}", f"{100:c}", f"{65:c}")
