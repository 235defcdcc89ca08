"""json: JSON encoding and decoding, as CPython's json module.

The scanning and the encoding run in Go (_json); this module holds the classes and the
option handling. JSONEncoder.iterencode (and so json.dump) yields CPython's chunks, from
_json_iter.
"""

import _json
from _json_iter import make_iterencode as _make_iterencode


class JSONDecodeError(ValueError):
    """The error json.loads raises, with the position where decoding stopped."""

    __module__ = "json.decoder"  # where CPython defines it: tracebacks name it so

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        super().__init__('%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


class JSONEncoder:
    """Converts Python values to JSON text; subclasses override default()."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        default = self.default
        if getattr(default, "__func__", None) is JSONEncoder.default:
            # Neither a subclass nor the instance replaced default(): the Go encoder raises
            # its TypeError itself. (Reading __dict__ would turn the instance's attributes
            # into a dict for good.)
            default = None
        return _json.encode(o, indent, self.sort_keys, self.item_separator, self.key_separator,
                            self.ensure_ascii, default, self.skipkeys, self.allow_nan,
                            self.check_circular)

    def iterencode(self, o, _one_shot=False):
        return _make_iterencode(self)(o, 0)


class JSONDecoder:
    """Converts JSON text to Python values, through the optional hooks."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        return self._decode(s, None)

    def raw_decode(self, s, idx=0):
        """Decodes the JSON value starting at s[idx]: returns it and the index after it."""
        return self._decode(s, idx)

    def _decode(self, s, idx):
        # A whole document when idx is None, else (value, end) from s[idx].
        return _json.decode(s, self.object_hook, self.object_pairs_hook,
                            None if self.parse_float is float else self.parse_float,
                            None if self.parse_int is int else self.parse_int,
                            self.parse_constant, self.strict, JSONDecodeError, idx)


_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (cls is None and not skipkeys and ensure_ascii and check_circular and allow_nan
            and indent is None and separators is None and default is None and not sort_keys
            and not kw):
        return _default_encoder.encode(obj)
    if cls is None and not kw:
        # JSONEncoder(...).encode(obj) without making the encoder.
        item_separator, key_separator = JSONEncoder.item_separator, JSONEncoder.key_separator
        if separators is not None:
            item_separator, key_separator = separators
        elif indent is not None:
            item_separator = ','
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode(obj, indent, sort_keys, item_separator, key_separator, ensure_ascii,
                            default, skipkeys, allow_nan, check_circular)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting file), chunk by
    chunk as CPython writes it."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                  allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str or bytes holding a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    """Deserialize fp (a .read()-supporting file holding a JSON document) to a Python object."""
    return loads(fp.read(), **kw)
