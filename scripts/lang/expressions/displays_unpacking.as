# Checks: list/tuple/set/dict displays with * and ** unpacking, trailing commas, mixing literal
# elements with unpacked ones, key override order in dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [0, *a, 5, *b, 6], [*"hi", *range(3)])
print((*a,), [*[]], [*a] is a, [*a] == a)
print({*a, *b, 1}, {*"aaa"})
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"x": 0, **d1, "y": 99}, {**{}})
print({**d1, "w": [*a]})
print([1, 2, 3,], (1,), {1: 2,}, {1,})
first, *rest = [*a, *b]
print(first, rest)
nested = [*[*a, *[*b]], *{5: 0}]
print(nested)
t = *a, *b
print(t)
print(len([*range(100)]), sum([*range(10), *range(5)]))
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
