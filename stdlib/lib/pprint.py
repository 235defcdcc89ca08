"""pprint: pretty-printing of nested data, with CPython's line breaking.

dict, list, tuple, set, frozenset, str, bytes and bytearray (and subclasses keeping their
repr), collections' OrderedDict, defaultdict, Counter, ChainMap, deque and User classes,
SimpleNamespace and dataclass instances are laid out over lines as CPython does; other
values print as their repr.
"""


class _Out:
    """A write()-able buffer."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return ''.join(self.parts)


def _recursion(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


def _sorted(items, key=None):
    """Sorts like CPython's _safe_key: values that cannot be compared keep their order."""
    try:
        return sorted(items, key=key)
    except TypeError:
        return sorted(items, key=lambda x: str(type(x if key is None else key(x))))


_SCALARS = (str, bytes, float, bool, type(None), int)


class PrettyPrinter:
    """Formats values within a width, breaking containers over lines as needed."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        text = self.pformat(object)
        if self._stream is None:
            print(text)
        else:
            self._stream.write(text + '\n')

    def pformat(self, object):
        out = _Out()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            p = _layout_for(self._dispatch, type(object))
            if p is None and _is_dataclass_instance(object):
                p = _more().pprint_dataclass
            if p is not None:
                context[objid] = 1
                p(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = object.items()
            if self._sort_dicts:
                items = _sorted(items, key=lambda kv: kv[0])
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write('}')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write(type(object).__name__ + '({')
            endchar = '})'
            indent += len(type(object).__name__) + 1
        self._format_items(_sorted(object), stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        rep = ''
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
                continue
            parts = _words_and_spaces(line)
            max_width2 = max_width
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    max_width2 -= allowance
                if len(repr(candidate)) > max_width2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                write('\n' + ' ' * indent)
            write(rep)
        if level == 1:
            write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        # Over lines in pieces of whole 4-byte groups, parenthesised at the top level.
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            write('(')
        width = self._width - indent
        piece = b''
        pieces = []
        for start in range(0, len(object), 4):
            group = object[start:start + 4]
            if start == len(object) // 4 * 4:
                # A last partial group shares its line with the closing text (CPython leaves
                # no room for it after a last whole group).
                width -= allowance
            if piece and len(repr(piece + group)) > width:
                pieces.append(repr(piece))
                piece = group
            else:
                piece += group
        pieces.append(repr(piece))
        write(('\n' + ' ' * indent).join(pieces))
        if top:
            write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                           level + 1)
        stream.write(')')

    # How values too wide for their line are laid out, by their class's __repr__ (as in
    # CPython, a subclass that keeps its base's repr is laid out as the base).
    _dispatch = {dict.__repr__: _pprint_dict, list.__repr__: _pprint_list,
                 tuple.__repr__: _pprint_tuple, set.__repr__: _pprint_set,
                 frozenset.__repr__: _pprint_set, str.__repr__: _pprint_str,
                 bytes.__repr__: _pprint_bytes, bytearray.__repr__: _pprint_bytearray}

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1,
                         context, level)
            if not last:
                write(delimnl)

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        for i, ent in enumerate(items):
            last = i == len(items) - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, dict(context), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def format(self, object, context, maxlevels, level):
        """Returns (repr, readable, recursive) of object; subclasses may override it."""
        return self._safe_repr(object, context, maxlevels, level)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _SCALARS:
            if typ is int and self._underscore_numbers:
                return f'{object:_d}', True, False
            return repr(object), True, False
        shown = typ.__repr__  # subclasses that keep dict's, list's or tuple's repr count
        if shown is dict.__repr__:
            if not object:
                return '{}', True, False
            return self._safe_container(object, context, maxlevels, level, '{%s}', True)
        if shown is list.__repr__ or shown is tuple.__repr__:
            if not object:
                return ('[]' if shown is list.__repr__ else '()'), True, False
            if shown is list.__repr__:
                fmt = '[%s]'
            else:
                fmt = '(%s,)' if len(object) == 1 else '(%s)'
            return self._safe_container(object, context, maxlevels, level, fmt, False)
        rep = repr(object)
        return rep, bool(rep) and not rep.startswith('<'), False

    def _safe_container(self, object, context, maxlevels, level, fmt, is_dict):
        objid = id(object)
        if maxlevels and level >= maxlevels:
            return fmt % '...', False, objid in context
        if objid in context:
            return _recursion(object), False, True
        context[objid] = 1
        readable = True
        recursive = False
        components = []
        level += 1
        if is_dict:
            items = object.items()
            if self._sort_dicts:
                items = _sorted(items, key=lambda kv: kv[0])
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                components.append('%s: %s' % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
        else:
            for o in object:
                orepr, oreadable, orecur = self.format(o, context, maxlevels, level)
                components.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecur
        del context[objid]
        return fmt % ', '.join(components), readable, recursive


# The modules whose classes' layouts live in _pprint_more, imported when a value of one of
# them first needs laying out (so the module is loaded already, and pprint alone need not
# import collections).
_MORE_MODULES = ('collections', 'types')
_more_module = None


def _more():
    global _more_module
    if _more_module is None:
        import _pprint_more
        _more_module = _pprint_more
    return _more_module


def _layout_for(dispatch, cls):
    # The layout function for values of cls, or None to print their repr as it is.
    p = dispatch.get(cls.__repr__)
    if p is None and any(getattr(c, '__module__', None) in _MORE_MODULES for c in cls.__mro__):
        # Asked again on later misses: the User classes have layouts once they are loaded.
        PrettyPrinter._dispatch.update(_more().layouts())
        p = dispatch.get(cls.__repr__)
    return p


def _is_dataclass_instance(object):
    # Whether object is a dataclass instance with the __repr__ dataclass generated, which
    # pprint lays out field by field.
    cls = type(object)
    params = getattr(cls, '__dataclass_params__', None)
    if params is None or not params.repr:
        return False
    return getattr(cls.__repr__, '__module__', None) == 'dataclasses'  # not the class's own


def _words_and_spaces(line):
    """Splits line into runs of non-space characters each followed by its spaces."""
    parts = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """Returns the pretty-printed representation of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Prints the pretty-printed representation of object, and a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """The repr of object, safe from recursive data."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter().isreadable(object)


def isrecursive(object):
    return PrettyPrinter().isrecursive(object)
