from collections import OrderedDict

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od)
print(od.popitem(), od.popitem(last=False))
print(list(reversed(od)), od.items(), od.values())
a = OrderedDict(x=1, y=2)
b = OrderedDict(y=2, x=1)
print(a == b, dict(a) == dict(b), a == {"y": 2, "x": 1})
print(a | {"z": 3}, type(a.copy()).__name__)
try:
    a.move_to_end("q")
except KeyError as e:
    print(type(e).__name__, e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(OrderedDict(), repr(OrderedDict([(1, [2])])))
