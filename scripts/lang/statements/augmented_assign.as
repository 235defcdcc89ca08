# Checks: every augmented assignment operator on ints, floats, strings, lists and tuples;
# in-place mutation for lists versus rebinding for tuples/strings.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 8; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 4; print(x)
x <<= 2; print(x)
x >>= 3; print(x)
x &= 0b1100; print(x)
x |= 0b0011; print(x)
x ^= 0b0101; print(x)
f = 1.5
f += 1; f *= 2; f -= 0.5; f /= 2; print(f)
f //= 1; print(f)
f %= 0.75; print(f)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias, lst is alias)
lst += "xy"
print(alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
n = -7
n //= 2; print(n)
n = -7
n %= 3; print(n)
b = 2
b **= -1; print(b)
try:
    u = "s"
    u -= "t"
except TypeError as e:
    print("TypeError:", e)
try:
    v = [1]
    v += 5
except TypeError as e:
    print("TypeError:", e)
