for v in ['x', 1.5, 2**40, True, 2, 0]:
    for b in [b'a\nb\r\nc', bytearray(b'a\nb')]:
        try:
            print(b.splitlines(v))
        except Exception as e:
            print(type(e).__name__, e)
print(b'a b  c'.split(maxsplit=1), b'a,b,c'.rsplit(b',', 1), b'aaa'.replace(b'a', b'b', 2))
print(b'abc'.partition(b'b'), bytearray(b'abc').rpartition(b'x'), 'abc'.partition('b'), 'abc'.rpartition('z'), 'abc'.partition('z'))
