"""The heapq module: the heap queue algorithm on lists, with CPython's orderings.

The heap operations are Go, in _heapq (stdlib/heapq_core.go), as CPython's are C. merge,
nsmallest and nlargest are built on them the way CPython's heapq.py builds them, so that
they make the same comparisons, in the same order, and break ties the same way.
"""

from _heapq import heappush, heappop, heapreplace, heappushpop, heapify
from _heapq import _heappop_max, _heapreplace_max, _heapify_max


def merge(*iterables, key=None, reverse=False):
    # The heap holds one [sort key, argument position, value, iterator] per iterator not
    # yet exhausted. The position breaks ties in argument order (negated for reverse, so
    # that the max-heap still prefers the earliest), so neither value nor iterator is ever
    # compared; without a key the sort key is the value itself.
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    h = []
    for position, it in enumerate(map(iter, iterables)):
        for value in it:
            h.append([value if key is None else key(value), position * direction, value, it])
            break
    make_heap(h)
    while len(h) > 1:
        entry = h[0]
        yield entry[2]
        try:
            value = next(entry[3])
        except StopIteration:
            pop(h)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        replace(h, entry)
    if h:
        yield h[0][2]
        yield from h[0][3]


def _select(n, iterable, key, largest):
    # The n best items of iterable in sorted order (reversed when largest), as CPython
    # finds them: min or max for one item, sorted when n covers a sized iterable, else a
    # heap of the best n so far whose root is the worst of them, replaced by every better
    # item. Entries are (sort key, arrival, item): the arrival count keeps the selection
    # stable and spares the items from being compared once their keys are equal.
    if n == 1:
        missing = object()
        best = (max if largest else min)(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    # For the largest, arrivals count down, so that the earlier of two equal keys sorts
    # above the later one in the reversed sort.
    step = -1 if largest else 1
    result = []
    for arrival, item in zip(range(0, n * step, step), it):
        result.append((item if key is None else key(item), arrival, item))
    if not result:
        return result
    if largest:
        heapify(result)
        replace = heapreplace
    else:
        _heapify_max(result)
        replace = _heapreplace_max
    worst = result[0][0]
    arrival = n * step
    for item in it:
        k = item if key is None else key(item)
        if (worst < k) if largest else (k < worst):
            replace(result, (k, arrival, item))
            worst = result[0][0]
            arrival += step
    result.sort(reverse=largest)
    return [entry[2] for entry in result]


def nsmallest(n, iterable, key=None):
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    return _select(n, iterable, key, True)
