"""The chunked JSON encoder behind JSONEncoder.iterencode and json.dump, as CPython's pure
Python one (json.encoder._make_iterencode): the same chunks, so a writer sees the same
write() calls and a failing dump leaves the same partial output. json.dumps keeps the
one-shot encoder in Go (_json.encode).
"""

import _json

INFINITY = float('inf')


def _check_str(s):
    if not isinstance(s, str):
        raise TypeError(f'first argument must be a string, not {type(s).__name__}')


def encode_basestring(s):
    """The JSON string literal of s, non-ASCII characters kept."""
    _check_str(s)
    return _json.encode(s, None, False, ', ', ': ', False, None, False, True, False)


def encode_basestring_ascii(s):
    """The JSON string literal of s, non-ASCII characters escaped."""
    _check_str(s)
    return _json.encode(s, None, False, ', ', ': ', True, None, False, True, False)


def make_iterencode(enc):
    """The generator function encoding a value for the JSONEncoder enc, with its options."""
    markers = {} if enc.check_circular else None
    allow_nan = enc.allow_nan
    default = enc.default
    indent = enc.indent
    key_separator = enc.key_separator
    item_separator = enc.item_separator
    sort_keys = enc.sort_keys
    skipkeys = enc.skipkeys
    intstr = int.__repr__
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    encoder = encode_basestring_ascii if enc.ensure_ascii else encode_basestring

    def floatstr(o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def enter(o):
        if markers is None:
            return None
        markerid = id(o)
        if markerid in markers:
            raise ValueError("Circular reference detected")
        markers[markerid] = o
        return markerid

    def leave(markerid):
        if markers is not None:
            del markers[markerid]

    def scalar(value):
        # The text of a str, None, bool, int or float; None for anything else.
        if isinstance(value, str):
            return encoder(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, int):
            return intstr(value)
        if isinstance(value, float):
            return floatstr(value)
        return None

    def nested(value, level):
        if isinstance(value, (list, tuple)):
            return iterencode_list(value, level)
        if isinstance(value, dict):
            return iterencode_dict(value, level)
        return iterencode(value, level)

    def layout(level):
        # The text that starts a line of a container's items at level, and the separator
        # between them; (None, item_separator) without indent.
        if indent is None:
            return None, item_separator
        newline_indent = '\n' + indent * level
        return newline_indent, item_separator + newline_indent

    def iterencode_list(lst, level):
        if not lst:
            yield '[]'
            return
        markerid = enter(lst)
        newline_indent, separator = layout(level + 1)
        buf = '[' + (newline_indent or '')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from nested(value, level + 1)
        if newline_indent is not None:
            yield '\n' + indent * level
        yield ']'
        leave(markerid)

    def key_text(key):
        # The JSON text of a dict key, or None for one skipkeys drops: a str as it is, the
        # other scalars as their JSON text.
        if isinstance(key, str):
            return key
        text = scalar(key)
        if text is not None:
            return text
        if skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def iterencode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        markerid = enter(dct)
        yield '{'
        newline_indent, separator = layout(level + 1)
        if newline_indent is not None:
            yield newline_indent
        first = True
        items = sorted(dct.items()) if sort_keys else dct.items()
        for key, value in items:
            key = key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield encoder(key)
            yield key_separator
            text = scalar(value)
            if text is not None:
                yield text
            else:
                yield from nested(value, level + 1)
        if newline_indent is not None:
            yield '\n' + indent * level
        yield '}'
        leave(markerid)

    def iterencode(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from iterencode_dict(o, level)
        else:
            markerid = enter(o)
            yield from iterencode(default(o), level)
            leave(markerid)

    return iterencode
