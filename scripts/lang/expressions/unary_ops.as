# Checks: unary -, +, ~ and not on ints, floats, bools; errors on unsupported operand types.
print(-5, +5, ~5, not 5, -(-5), --5, -0.0, +(-0.0), -(0.0))
print(-True, +True, ~True, not True, -False)
print(-2.5, +2.5, -(10 ** 30), ~(10 ** 30), -float("inf"))
x = 7
x = -x
print(x, -x, abs(x))
try:
    -"abc"
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
try:
    +[1]
except TypeError as e:
    print("TypeError:", e)
print(not [], not [[]], not "", not " ", not 0.0, not -0.0)
