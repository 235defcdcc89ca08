"""The itertools module: lazy iterator building blocks, as in CPython."""


class _Iterator:
    # The shared iterator protocol: subclasses implement __next__.
    def __iter__(self):
        return self


class count(_Iterator):
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)) and not hasattr(v, "__add__"):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


class repeat(_Iterator):
    def __init__(self, object, times=None):
        self._obj = object
        self._times = times
        if times is not None and times < 0:
            self._times = 0

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __len__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = total + x if func is None else func(total, x)
        yield total


class chain(_Iterator):
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._current = None

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._sources = iter(iterables)
        return c

    def __next__(self):
        while True:
            if self._current is None:
                self._current = iter(next(self._sources))
            try:
                return next(self._current)
            except StopIteration:
                self._current = None


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            return
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def _check_index(value, message):
    if value is None:
        return None
    if not isinstance(value, int) or value < 0:
        raise ValueError(message)
    return value


def islice(iterable, *args):
    if len(args) == 1:
        start, stop, step = 0, args[0], 1
    elif len(args) in (2, 3):
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else 1
    else:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
    if len(args) == 1:
        stop = _check_index(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    else:
        msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        start = _check_index(start, msg) or 0
        stop = _check_index(stop, msg)
    if step is None:
        step = 1
    if not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    nxt = start
    i = 0
    while stop is None or nxt < stop:
        try:
            x = next(it)
        except StopIteration:
            return
        if i == nxt:
            yield x
            nxt += step
        i += 1


class _Tee:
    # One reader of a tee: the shared buffer holds items not yet read by every reader.
    def __init__(self, source, buffers, mine):
        self._source = source
        self._buffers = buffers
        self._mine = mine

    def __iter__(self):
        return self

    def __next__(self):
        if not self._mine:
            x = next(self._source)
            for b in self._buffers:
                b.append(x)
        return self._mine.pop(0)


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    source = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_Tee(source, buffers, b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    its = [iter(x) for x in iterables]
    active = len(its)
    if not active:
        return
    while True:
        row = []
        for i in range(len(its)):
            try:
                row.append(next(its[i]))
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = repeat(fillvalue)
                row.append(fillvalue)
        yield tuple(row)


def groupby(iterable, key=None):
    it = iter(iterable)
    state = _GroupState(it, key)
    while state.advance_to_new_group():
        yield state.current_key, state.group()


class _GroupState:
    # groupby's shared cursor: a group iterator stops when the key changes; the outer loop
    # skips what a group did not consume.
    _EMPTY = object()

    def __init__(self, it, key):
        self.it = it
        self.key = key if key is not None else (lambda x: x)
        self.value = self._EMPTY
        self.value_key = None
        self.current_key = None
        self.started = False
        self.done = False
        self.generation = 0

    def fetch(self):
        try:
            self.value = next(self.it)
        except StopIteration:
            self.done = True
            return False
        self.value_key = self.key(self.value)
        return True

    def advance_to_new_group(self):
        if not self.started:
            self.started = True
            if not self.fetch():
                return False
        else:
            while not self.done and self.value_key == self.current_key:
                if not self.fetch():
                    return False
        if self.done:
            return False
        self.current_key = self.value_key
        self.generation += 1
        return True

    def group(self):
        gen = self.generation
        while not self.done and gen == self.generation and self.value_key == self.current_key:
            yield self.value
            if not self.fetch():
                return


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    for r in result:
        yield r


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
