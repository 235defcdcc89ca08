# Checks: // and % floor toward negative infinity for ints and floats; the sign of % follows
# the divisor; divmod agrees with // and %.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, "->", a // b, a % b, divmod(a, b))
fpairs = [(7.5, 2), (-7.5, 2), (7.0, -3), (-7.0, 3), (7.0, 3), (-0.5, 1), (5.5, -1.5), (1e-9, 1)]
for a, b in fpairs:
    print(a, b, "->", a // b, a % b, divmod(a, b))
print(-7 // 2.0, -7 % 2.0, 7 % -3.0, -0.0 % 5, 0.0 % -5)
print(-3 % 5, 3 % -5, -13 // 4, 13 // -4)
print(type(7 // 2), type(7.0 // 2), type(7 % 2.0))
print(-1 % 360, 370 % 360, -370 % 360)
