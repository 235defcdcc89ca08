"""strptime for time and datetime: parse a string by a format, with CPython 3.11's rules.

CPython compiles the format to a regular expression; here each directive is a list of
alternatives tried in the same order as that expression's, with backtracking over the whole
format, so the same strings match. Names are the C locale's, matched without regard to case."""

import time as _time

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")

# Numeric directives: (alternatives, in the regular expression's order), where an alternative
# is a string of character classes: "d" any digit, a digit or a bracketed range.
_NUMERIC = {
    "d": ("3[01]", "[12]d", "0[1-9]", "[1-9]", " [1-9]"),
    "H": ("2[0-3]", "[01]d", "d"),
    "I": ("1[0-2]", "0[1-9]", "[1-9]"),
    "G": ("dddd",),
    "j": ("36[0-6]", "3[0-5]d", "[12]dd", "0[1-9]d", "00[1-9]", "[1-9]d", "0[1-9]", "[1-9]"),
    "m": ("1[0-2]", "0[1-9]", "[1-9]"),
    "M": ("[0-5]d", "d"),
    "S": ("6[01]", "[0-5]d", "d"),
    "U": ("5[0-3]", "[0-4]d", "d"),
    "W": ("5[0-3]", "[0-4]d", "d"),
    "V": ("5[0-3]", "0[1-9]", "[1-4]d", "d"),
    "w": ("[0-6]",),
    "u": ("[1-7]",),
    "y": ("dd",),
    "Y": ("dddd",),
    "f": ("dddddd", "ddddd", "dddd", "ddd", "dd", "d"),
}

_NAMES = {
    "a": [d[:3] for d in _DAYS],
    "A": list(_DAYS),
    "b": [m[:3] for m in _MONTHS],
    "B": list(_MONTHS),
    "p": ["am", "pm"],
}

# Directives that stand for other formats in the C locale.
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S",
              "D": "%m/%d/%y", "T": "%H:%M:%S", "R": "%H:%M", "r": "%I:%M:%S %p"}
_COMPOSITE_DIRECTIVES = "cxX"


def _compile_pattern(alternative):
    # "3[01]" -> ["3", "01"]: the characters each position accepts.
    out = []
    i = 0
    while i < len(alternative):
        c = alternative[i]
        if c == "d":
            out.append("0123456789")
        elif c == "[":
            end = alternative.index("]", i)
            body = alternative[i + 1:end]
            if len(body) == 3 and body[1] == "-":
                out.append("".join(chr(x) for x in range(ord(body[0]), ord(body[2]) + 1)))
            else:
                out.append(body)
            i = end
        else:
            out.append(c)
        i += 1
    return out


_COMPILED = {k: [_compile_pattern(a) for a in v] for k, v in _NUMERIC.items()}


def _tokens(fmt):
    # The format as a list of ("lit", text), ("ws", None) and ("dir", letter).
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            if d in _COMPOSITE and d in _COMPOSITE_DIRECTIVES:
                out.extend(_tokens(_COMPOSITE[d]))
            elif d == "%":
                out.append(("lit", "%"))
            elif d in _NUMERIC or d in _NAMES or d in "zZ":
                out.append(("dir", d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            i += 2
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(("ws", None))
        else:
            out.append(("lit", c))
            i += 1
    return out


def _candidates(kind, arg, s, pos):
    # Every (value, end) the token can match at s[pos:], in the regular expression's order.
    if kind == "lit":
        if s[pos:pos + len(arg)].lower() == arg.lower():
            return [(None, pos + len(arg))]
        return []
    if kind == "ws":
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        return [(None, e) for e in range(end, pos, -1)]
    if arg in _COMPILED:
        found = []
        for pattern in _COMPILED[arg]:
            if pos + len(pattern) <= len(s) and all(
                    s[pos + k] in chars for k, chars in enumerate(pattern)):
                found.append((s[pos:pos + len(pattern)], pos + len(pattern)))
        return found
    if arg in _NAMES:
        low = s.lower()
        names = sorted(_NAMES[arg], key=len, reverse=True)
        return [(n, pos + len(n)) for n in names if low.startswith(n, pos)]
    if arg == "z":
        return _match_z(s, pos)
    return _match_tzname(s, pos)


def _match_z(s, pos):
    if s[pos:pos + 1] == "Z":
        return [("Z", pos + 1)]
    if s[pos:pos + 1] not in ("+", "-"):
        return []
    i = pos + 1

    def two(at):
        return at + 2 <= len(s) and s[at:at + 2].isdigit() and s[at:at + 2].isascii()

    if not two(i):
        return []
    i += 2
    if s[i:i + 1] == ":":
        i += 1
    if not (two(i) and s[i] in "012345"):
        return []
    i += 2
    found = [(s[pos:i], i)]
    j = i + 1 if s[i:i + 1] == ":" else i
    if two(j) and s[j] in "012345":
        j += 2
        found.insert(0, (s[pos:j], j))
        if s[j:j + 1] == ".":
            k = j + 1
            while k < len(s) and k - j - 1 < 6 and "0" <= s[k] <= "9":
                k += 1
            if k > j + 1:
                found.insert(0, (s[pos:k], k))
    return found


def _zone_names():
    names = {"utc", "gmt"}
    for z in _time.tzname if hasattr(_time, "tzname") else ():
        names.add(z.lower())
    return sorted(names, key=len, reverse=True)


def _match_tzname(s, pos):
    low = s.lower()
    return [(s[pos:pos + len(n)], pos + len(n)) for n in _zone_names() if low.startswith(n, pos)]


def _match(tokens, s):
    # Backtracking match of the whole token list from s[0]; the directives' texts, or None.
    found = {}

    def step(t, pos):
        if t == len(tokens):
            return pos
        kind, arg = tokens[t]
        for value, end in _candidates(kind, arg, s, pos):
            if kind == "dir":
                found[arg] = value
            result = step(t + 1, end)
            if result is not None:
                return result
        return None

    end = step(0, 0)
    if end is None:
        return None, 0
    return found, end


def _parse(data_string, format):
    for arg, name in ((data_string, "strptime() argument 1"), (format, "strptime() argument 2")):
        if not isinstance(arg, str):
            raise TypeError("%s must be str, not %s" % (name, type(arg).__name__))
    found, end = _match(_tokens(format), data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    return _fields(found, format)


def _fields(found, format):
    # Year, month, day, ... from the matched directives, with CPython's defaults and rules.
    iso_year = iso_week = None
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    weekday = julian = None
    week_of_year = -1
    week_starts_mon = False
    for key, value in found.items():
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key in "bB":
            month = [m[:3] for m in _MONTHS].index(value[:3]) + 1
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            ampm = found.get("p", "")
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key in "aA":
            weekday = [d[:3] for d in _DAYS].index(value[:3])
        elif key == "w":
            weekday = (int(value) + 6) % 7
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key in "UW":
            week_of_year = int(value)
            week_starts_mon = key == "W"
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            gmtoff, gmtoff_fraction = _parse_offset(value)
        elif key == "Z":
            tzname = value
            low = value.lower()
            if low in ("utc", "gmt"):
                tz = 0
            elif hasattr(_time, "tzname") and low in [z.lower() for z in _time.tzname]:
                tz = 0 if low == _time.tzname[0].lower() else 1
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    import datetime as _dt
    if julian is None and weekday is not None:
        if week_of_year != -1:
            julian = _julian_from_week(year, week_of_year, weekday, week_starts_mon)
        elif iso_year is not None and iso_week is not None:
            d = _dt.date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = d.year, d.month, d.day
            julian = d.toordinal() - _dt.date(year, 1, 1).toordinal() + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365
    if julian is None:
        julian = _dt.date(year, month, day).toordinal() - _dt.date(year, 1, 1).toordinal() + 1
    else:
        d = _dt.date.fromordinal(julian - 1 + _dt.date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = _dt.date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _julian_from_week(year, week, weekday, starts_mon):
    import datetime as _dt
    first_weekday = _dt.date(year, 1, 1).weekday()
    if not starts_mon:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week == 0:
        return 1 + weekday - first_weekday
    return 1 + week_0_length + 7 * (week - 1) + weekday


def _parse_offset(z):
    if z == "Z":
        return 0, 0
    if z[3:4] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % z)
            z = z[:5] + z[6:]
    hours, minutes, seconds = int(z[1:3]), int(z[3:5]), int(z[5:7] or 0)
    gmtoff = (hours * 60 + minutes) * 60 + seconds
    frac = z[8:]
    fraction = int(frac + "0" * (6 - len(frac))) if frac else 0
    if z[0] == "-":
        return -gmtoff, -fraction
    return gmtoff, fraction


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time."""
    fields = _parse(data_string, format)[0]
    return _time.struct_time(fields)


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime: an instance of cls, aware when the format has %z."""
    fields, fraction, gmtoff_fraction = _parse(data_string, format)
    tzname, gmtoff = fields[-2:]
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        import datetime as _dt
        delta = _dt.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        tz = _dt.timezone(delta, tzname) if tzname else _dt.timezone(delta)
        args += (tz,)
    return cls(*args)
