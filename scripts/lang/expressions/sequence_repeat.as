# s * n for str, bytes, list, tuple and the empty str: counts, bools, negative, huge and non-int n.
for s in ['ab', b'ab', [1, 2], (1,), '']:
    for n in [3, 0, -2, True, 2**100, 2**40, 1.5, 'x', None]:
        try:
            r = s * n
            print(type(r).__name__, len(r))
        except Exception as e:
            print(type(e).__name__, e)
