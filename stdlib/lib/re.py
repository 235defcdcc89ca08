"""re: regular expressions with Python's syntax and semantics, as CPython's re module.

Matching runs in Go (_re, on github.com/dlclark/regexp2, with the pattern translated from
Python's syntax); Pattern, Match and templates live here. Bytes patterns are not supported.
"""

from _generic_alias import GenericAlias as _GenericAlias
import _re


class RegexFlag:
    """A set of re flags: combines with | & ^ ~ and prints as re.IGNORECASE|re.MULTILINE.

    Unlike CPython's (an enum.IntFlag), it is not an int subclass: isinstance(re.I, int) is
    False, but it converts, compares and hashes as its int value.
    """

    def __init__(self, value):
        self.value = int(value)

    @property
    def name(self):
        if not self.value:
            return 'NOFLAG'
        names = [name for name, bit in _MEMBERS if self.value & bit]
        if self.value & ~_ALL:
            return None
        return '|'.join(names)

    def __repr__(self):
        if not self.value:
            return 're.NOFLAG'
        parts = ['re.' + name for name, bit in _MEMBERS if self.value & bit]
        if self.value & ~_ALL:
            parts.append(hex(self.value & ~_ALL))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(self.value, spec) if spec else str(self)

    def __int__(self):
        return self.value

    __index__ = __int__

    def __bool__(self):
        return self.value != 0

    def __eq__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return self.value == int(other)
        return NotImplemented

    def __hash__(self):
        return hash(self.value)

    def __or__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return RegexFlag(self.value | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return RegexFlag(self.value & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, (RegexFlag, int)):
            return RegexFlag(self.value ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~self.value & _ALL)

    def __add__(self, other):
        return self.value + other

    __radd__ = __add__


# The members in CPython's definition order, which their combined repr follows.
_MEMBERS = [('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
            ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128)]
_ALL = 511

NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

_MAXPOS = 9223372036854775807
# The flag names in the order Pattern's repr lists them.
_FLAG_NAMES = [(1, 're.TEMPLATE'), (2, 're.IGNORECASE'), (4, 're.LOCALE'), (8, 're.MULTILINE'),
               (16, 're.DOTALL'), (32, 're.UNICODE'), (64, 're.VERBOSE'), (128, 're.DEBUG'),
               (256, 're.ASCII')]


class error(Exception):
    """A pattern or template that is not valid, with the position of the mistake."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        super().__init__(msg)


class Match:
    """The result of a successful match: the groups and where they are."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, pattern, string, result):
        self.re = pattern
        self.string = string
        self._spans, self.lastindex, self._groups, self.pos, self.endpos = result

    @property
    def lastgroup(self):
        if self.lastindex is not None:
            for name, index in self.re.groupindex.items():
                if index == self.lastindex:
                    return name
        return None

    def _index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError('no such group')

    def _group(self, group, default=None):
        text = self._groups[self._index(group)]
        return default if text is None else text

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(groups[0])
        return tuple(self._group(g) for g in groups)

    def __getitem__(self, group):
        return self._group(group)

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    def expand(self, template):
        return _expand(self.re, template)(self)

    def __repr__(self):
        # CPython cuts the match's repr to 50 characters (%.50R).
        return '<re.Match object; span=%r, match=%s>' % (self.span(), repr(self.group())[:50])


class Pattern:
    """A compiled regular expression."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self._prog, self.groups, self.groupindex, self.flags = _re.compile(pattern, int(flags), error)

    def _scan(self, string, pos, endpos, mode):
        result = self._prog.scan(string, pos, endpos, mode)
        if result is None:
            return None
        return Match(self, string, result)

    def search(self, string, pos=0, endpos=_MAXPOS):
        return self._scan(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXPOS):
        return self._scan(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXPOS):
        return self._scan(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXPOS):
        for result in self._prog.scanall(string, pos, endpos, 0):
            yield Match(self, string, result)

    def findall(self, string, pos=0, endpos=_MAXPOS):
        return self._prog.findall(string, pos, endpos)

    def subn(self, repl, string, count=0):
        if callable(repl):
            return self._prog.subn(string, count, None,
                                   lambda result: repl(Match(self, string, result)))
        if not isinstance(repl, str):
            raise TypeError('expected str instance, %s found' % type(repl).__name__)
        if '\\' not in repl:
            return self._prog.subn(string, count, repl, None)
        expand = _expand(self, repl)
        return self._prog.subn(string, count, None,
                               lambda result: expand(Match(self, string, result)))

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        return self._prog.split(string, maxsplit)

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags & ~32
        if not flags:
            return 're.compile(%s)' % text
        names = [name for bit, name in _FLAG_NAMES if flags & bit]
        rest = flags & ~sum(bit for bit, _ in _FLAG_NAMES)
        if rest:
            names.append(hex(rest))
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}


def _expand(pattern, template):
    """Parses a replacement template into a function of a Match."""
    pieces = []
    literal = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', template, i)
        c = template[i + 1]
        if c == 'g':
            if i + 2 >= n or template[i + 2] != '<':
                raise error('missing <', template, i + 2)
            end = template.find('>', i + 3)
            if end < 0:
                raise error('missing >, unterminated name', template, i + 3)
            name = template[i + 3:end]
            if not name:
                raise error('missing group name', template, i + 3)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error('invalid group reference %d' % index, template, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, template, i + 3)
            pieces.append(''.join(literal))
            literal = []
            pieces.append(index)
            i = end + 1
        elif c.isdigit() and c != '0':
            j = i + 2
            if j < n and template[j].isdigit():
                j += 1
            index = int(template[i + 1:j])
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, template, i + 1)
            pieces.append(''.join(literal))
            literal = []
            pieces.append(index)
            i = j
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
            i += 2
        elif c == '0':
            j = i + 2
            while j < n and j < i + 4 and template[j] in '01234567':
                j += 1
            literal.append(chr(int(template[i + 1:j], 8)))
            i = j
        elif c.isascii() and c.isalpha():
            raise error('bad escape \\%s' % c, template, i)
        else:
            literal.append('\\' + c)
            i += 2
    pieces.append(''.join(literal))
    if len(pieces) == 1:
        text = pieces[0]
        return lambda m: text

    def expand(m):
        out = []
        for p in pieces:
            if isinstance(p, str):
                out.append(p)
            else:
                g = m._group(p)
                if g is not None:
                    out.append(g)
        return ''.join(out)
    return expand


_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    """Compiles pattern into a Pattern, reusing a cached one."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, (bytes, bytearray)):
            raise NotImplementedError('bytes patterns are not supported by asyncscript')
        raise TypeError('first argument must be string or compiled pattern')
    key = (pattern, int(flags))
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def purge():
    """Clears the pattern cache."""
    _cache.clear()


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    """Backslash-escapes the characters that are special in patterns."""
    return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
