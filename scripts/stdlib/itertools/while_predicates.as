from itertools import dropwhile, takewhile, islice, pairwise, chain
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: True, [1, 2])), list(takewhile(bool, [])))
def p(x):
    if x == 2:
        raise ValueError("two")
    return x < 4
for f in (dropwhile, takewhile):
    it = f(p, [1, 2, 3, 5, 1])
    out = []
    while True:
        try:
            out.append(next(it))
        except ValueError as e:
            out.append(str(e))
        except StopIteration:
            break
    print(f.__name__, out)
print(list(islice(range(10), 1, 8, 3)), list(pairwise('abcd')), list(chain([1], [], 'ab')))
