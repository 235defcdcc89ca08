"""The heapq module: the heap queue algorithm on lists, with CPython's orderings."""


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _check_list(heap, name):
    if not isinstance(heap, list):
        raise TypeError(f"{name}() argument 1 must be list, not {type(heap).__name__}")


def heappush(heap, item):
    _check_list(heap, "heappush")
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    _check_list(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    _check_list(x, "heapify")
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def merge(*iterables, key=None, reverse=False):
    # Each entry is [key, value, iterator], kept in argument order, so on ties the earliest
    # iterable wins, as in CPython.
    entries = []
    for it in iterables:
        it = iter(it)
        for v in it:
            entries.append([v if key is None else key(v), v, it])
            break
    while entries:
        best = 0
        for i in range(1, len(entries)):
            k, bk = entries[i][0], entries[best][0]
            if (bk < k) if reverse else (k < bk):
                best = i
        entry = entries[best]
        yield entry[1]
        for v in entry[2]:
            entry[0] = v if key is None else key(v)
            entry[1] = v
            break
        else:
            entries.pop(best)


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:n] if n > 0 else []


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n] if n > 0 else []
