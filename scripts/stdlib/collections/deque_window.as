from collections import deque

readings = [3, 8, 2, 9, 4, 7, 1, 6]
window = deque(maxlen=3)
for r in readings:
    window.append(r)
    if len(window) == window.maxlen:
        print(list(window), sum(window) / len(window))
print(window)
d = deque("abcde")
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.popleft(), d.pop())
d.appendleft("z")
d.extendleft("xy")
print(d, d.count("y"), d.index("z"))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    d.remove("q")
except ValueError as e:
    print(type(e).__name__, e)
