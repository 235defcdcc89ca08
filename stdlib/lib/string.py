"""string: character-class constants, capwords, Template and Formatter, as CPython's string.

Template scans the default syntax by hand; a subclass with its own `idpattern`,
`braceidpattern`, `flags` or `pattern` is matched with a regular expression built as
CPython's documentation describes (four named groups: escaped, named, braced, invalid).
"""

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s on sep, capitalizes each word and joins them with sep (a space by default)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


def _id_end(s, i):
    # The end of the identifier that starts at s[i], or i when none starts there.
    n = len(s)
    if i >= n or not _is_id_start(s[i]):
        return i
    i += 1
    while i < n and _is_id_char(s[i]):
        i += 1
    return i


def _custom_pattern(cls):
    # The compiled pattern of a Template subclass that changes the syntax, None for the
    # default syntax (scanned by hand, with no need for re). Built once per class.
    if '_regex' in cls.__dict__:
        return cls._regex
    regex = None
    custom = [k for k in ('idpattern', 'braceidpattern', 'flags', 'pattern')
              if getattr(cls, k) is not getattr(Template, k)]
    if custom:
        import re
        flags = re.IGNORECASE if cls.flags is None else cls.flags
        if cls.pattern is not None:
            source = cls.pattern
        else:
            delim = re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or ident
            source = (f'{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})|'
                      f'{{(?P<braced>{braced})}}|(?P<invalid>))')
        regex = re.compile(source, flags | re.VERBOSE)
    cls._regex = regex
    return regex


def _scan_pattern(template, regex):
    # Template._scan for a custom pattern: the pieces around its matches.
    s = template.template
    i = 0
    text = []
    for mo in regex.finditer(s):
        text.append(s[i:mo.start()])
        i = mo.end()
        name = mo.group('named') or mo.group('braced')
        if name is not None:
            yield ''.join(text), name, 0, mo.group()
        elif mo.group('escaped') is not None:
            text.append(template.delimiter)
            continue
        elif mo.group('invalid') is not None:
            yield ''.join(text), None, mo.start('invalid'), mo.group()
        else:
            raise ValueError('Unrecognized named group in pattern', regex)
        text = []
    text.append(s[i:])
    yield ''.join(text), None, -1, None


class Template:
    """A string with $-substitutions: $name, ${name} and $$ for a literal $."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None  # re.IGNORECASE when a subclass's idpattern is used: None keeps re unloaded
    pattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (literal, name, bad, placeholder) pieces: the text before a placeholder, its
        name (None for a bad placeholder, and for the last piece, whose bad is -1) and its
        source text; bad is where a bad placeholder's error points."""
        regex = _custom_pattern(type(self))
        if regex is not None:
            yield from _scan_pattern(self, regex)
            return
        s = self.template
        d = self.delimiter
        n = len(s)
        i = 0
        text = []
        while i < n:
            j = s.find(d, i)
            if j < 0:
                text.append(s[i:])
                break
            text.append(s[i:j])
            k = j + len(d)
            if s.startswith(d, k):
                text.append(d)
                i = k + len(d)
                continue
            if k < n and s[k] == '{':
                end = _id_end(s, k + 1)
                if end > k + 1 and end < n and s[end] == '}':
                    yield ''.join(text), s[k + 1:end], j, s[j:end + 1]
                    text = []
                    i = end + 1
                    continue
                yield ''.join(text), None, k, d
                text = []
                i = k
                continue
            end = _id_end(s, k)
            if end > k:
                yield ''.join(text), s[k:end], j, s[j:end]
                text = []
                i = end
                continue
            yield ''.join(text), None, k, d
            text = []
            i = k
        yield ''.join(text), None, -1, None

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    @staticmethod
    def _mapping(mapping, kws):
        if mapping is None:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            return merged
        return mapping

    def substitute(self, mapping=None, /, **kws):
        """Replaces every placeholder; a missing name is a KeyError, a bad one a ValueError."""
        return self._substitute(self._mapping(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        """Replaces the placeholders it can, leaving the others as they are."""
        return self._substitute(self._mapping(mapping, kws), True)

    def _substitute(self, mapping, safe):
        # Both substitutions; safe keeps a missing name's placeholder and a bad one's
        # delimiter where substitute raises.
        out = []
        for text, name, at, placeholder in self._scan():
            out.append(text)
            if name is not None:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    if not safe:
                        raise
                    out.append(placeholder)
            elif at >= 0:
                if not safe:
                    self._invalid(at)
                out.append(placeholder)
        return ''.join(out)

    def get_identifiers(self):
        ids = []
        for _, name, at, _ in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        for _, name, at, _ in self._scan():
            if name is None and at >= 0:
                return False
        return True


class Formatter:
    """The str.format machinery, with hooks subclasses override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        result, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used, depth, auto=0):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field is None:
                continue
            if field == '':
                if auto is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field = str(auto)
                auto += 1
            elif field.isdigit():
                if auto:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto = False
            obj, key = self.get_field(field, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conversion)
            spec, auto = self._vformat(spec, args, kwargs, used, depth - 1, auto)
            out.append(self.format_field(obj, spec))
        return ''.join(out), auto

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) tuples."""
        s = format_string
        n = len(s)
        i = 0
        text = []
        while i < n:
            c = s[i]
            if c in '{}' and i + 1 < n and s[i + 1] == c:
                # A doubled brace is a literal one, and ends the literal text before it.
                text.append(c)
                yield ''.join(text), None, None, None
                text = []
                i += 2
                continue
            if c == '}':
                raise ValueError("Single '}' encountered in format string")
            if c != '{':
                text.append(c)
                i += 1
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            body = s[i + 1:j - 1]
            spec = ''
            conversion = None
            colon = body.find(':')
            head = body if colon < 0 else body[:colon]
            if colon >= 0:
                spec = body[colon + 1:]
            bang = head.find('!')
            if bang >= 0:
                conversion = head[bang + 1:]
                head = head[:bang]
                if len(conversion) != 1:
                    raise ValueError('expected \':\' after conversion specifier')
            yield ''.join(text), head, spec, conversion
            text = []
            i = j
        if text:
            yield ''.join(text), None, None, None

    def get_field(self, field_name, args, kwargs):
        first = field_name
        rest = ''
        for k, c in enumerate(field_name):
            if c in '.[':
                first = field_name[:k]
                rest = field_name[k:]
                break
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        while rest:
            if rest[0] == '.':
                end = len(rest)
                for k in range(1, len(rest)):
                    if rest[k] in '.[':
                        end = k
                        break
                obj = getattr(obj, rest[1:end])
                rest = rest[end:]
            else:
                end = rest.index(']')
                index = rest[1:end]
                obj = obj[int(index) if index.isdigit() else index]
                rest = rest[end + 1:]
        return obj, key

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % conversion)
