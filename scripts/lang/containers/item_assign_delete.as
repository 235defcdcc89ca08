# x[k] = v and del x[k] on lists, dicts, subclasses, user classes and read-only values,
# with int, __index__, slice and bad keys: results and CPython's exact errors.


class D(dict):
    pass


class L(list):
    pass


class S:
    def __setitem__(self, k, v):
        print('  set', k, v)

    def __delitem__(self, k):
        print('  del', k)

    def __repr__(self):
        return 'S()'


class Ix:
    def __index__(self):
        return 1

    def __repr__(self):
        return 'Ix()'


for obj in [[1, 2, 3, 4, 5], L([1, 2, 3, 4, 5]), {1: 'a', 2: 'b'}, D({1: 'a'}), S(), (1, 2), 'abc', 5]:
    print(type(obj).__name__)
    for key in [1, Ix(), slice(1, 4, 2), slice(None, None, -1), 9, -9, 'k', 2**100]:
        value = ['x', 'y'] if isinstance(key, slice) else 'v'
        try:
            obj[key] = value
            print('  set ok', obj)
        except Exception as e:
            print('  set', type(e).__name__, e)
        try:
            del obj[key]
            print('  del ok', obj)
        except Exception as e:
            print('  del', type(e).__name__, e)


class A:
    pass


class B(int):
    pass


for obj in [A(), A, B(3), range(3), {1}, frozenset(), b'x', None, 1.5, True, print, ...]:
    print(type(obj).__name__)
    for key in [0, Ix(), 2**100, 'k', None]:
        try:
            obj[key] = 1
        except Exception as e:
            print('  set', type(e).__name__, e)
        try:
            del obj[key]
        except Exception as e:
            print('  del', type(e).__name__, e)
