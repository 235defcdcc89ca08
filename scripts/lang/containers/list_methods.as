# Checks: list mutation methods — append, extend, insert (incl. out-of-range and negative
# positions), pop with and without index, remove, index, count, reverse, copy, clear.
a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
a.extend((2, 6))
a.extend("ab")
a.extend(range(2))
print(a)
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(-1), a.pop(2))
print(a)
a.remove(1)
print(a)
print(a.index(1), a.index(5), a.index(1, 4), a.count(1), a.count("zzz"))
a.reverse()
print(a)
b = a.copy()
b.append("only in b")
print(len(a), len(b), b[-1])
a.clear()
print(a, len(b))
x = [1, 2]
x += [3]
x *= 2
print(x, [0] * 3, [[]] * 2, 2 * [None])
alias = x
alias.append(99)
print(x is alias, x)
print(a.append(1), a)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
