"""The datetime module: dates, times, durations and fixed-offset time zones, as CPython 3.11's.

Calendar arithmetic is done on proleptic Gregorian ordinals (1 is 0001-01-01) and integer
microseconds, so every result is exact. now() and today() read the interpreter's clock (the
virtual clock under the golden tests) through the time module; strftime's glibc directives
are formatted by the Go core _datetime."""

import time as _time
import _datetime
from _ordering import eq as _eq, ordered as _ordered
from _readonly import field as _field

# _new(cls) makes an instance without running __init__: arithmetic results are valid by
# construction and skip the constructors' argument checks.
_new = _datetime.new_instance

MINYEAR = 1
MAXYEAR = 9999

_MAXORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_US_PER_DAY = 86400 * 1000000
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                "Nov", "Dec")


# --- calendar helpers ---------------------------------------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    leap_day = 1 if month > 2 and _is_leap(year) else 0
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + leap_day + day


def _ord2ymd(n):
    # Count whole 400-, 100-, 4- and 1-year cycles from 0001-01-01 (day 0 after n -= 1).
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        # The last day of a leap cycle.
        return year - 1, 12, 31
    month = 12
    leap = 1 if _is_leap(year) else 0
    while True:
        start = _DAYS_BEFORE_MONTH[month] + (leap if month > 2 else 0)
        if n >= start:
            return year, month, n - start + 1
        month -= 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if hasattr(type(value), "__index__"):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date_fields(year, month, day):
    if type(year) is not int or type(month) is not int or type(day) is not int:
        year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    if not (type(hour) is int and type(minute) is int and type(second) is int and
            type(microsecond) is int and type(fold) is int):
        hour, minute, second = _index(hour), _index(minute), _index(second)
        microsecond, fold = _index(microsecond), _index(fold)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_name(obj):
    # CPython names its own classes with the module (datetime.date) and subclasses bare.
    cls = type(obj)
    return cls.__dict__.get("__type_name__", cls.__name__)


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _divide_and_round(a, b):
    # a / b rounded half to even, in integers.
    q, r = divmod(a, b)
    twice = 2 * r
    if (twice > b if b > 0 else twice < b) or (twice == b and q % 2 == 1):
        q += 1
    return q


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _format_offset(off, sep=":"):
    # +HH:MM[:SS[.ffffff]] for a utcoffset() result, "" for None.
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _compare_offsets(op, x, y, x_us, y_us, kind):
    # op on two times or two datetimes (kind names them in the error) whose naive fields are
    # x_us and y_us microseconds: as they stand when they share a tzinfo or are both naive,
    # else in UTC. Naive against aware is unequal, and unordered.
    if x._tzinfo is y._tzinfo:
        return op(x_us, y_us)
    a, b = x.utcoffset(), y.utcoffset()
    if a is None and b is None:
        return op(x_us, y_us)
    if a is None or b is None:
        if op is _eq:
            return False
        raise TypeError("can't compare offset-naive and offset-aware " + kind)
    return op(x_us - a._us(), y_us - b._us())


def _check_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (offset,))


def _call_offset(tz, method, dt):
    # tz.utcoffset(dt) or tz.dst(dt) (method names which), checked; None for a naive value.
    if tz is None:
        return None
    offset = getattr(tz, method)(dt)
    _check_offset(method, offset)
    return offset


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _wrap_strftime(obj, fmt, fields):
    # Replace %f, %z and %Z as CPython does, then let glibc's rules format the rest.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%":
            out.append(ch)
            continue
        if i >= n:
            out.append("%")
            break
        ch = fmt[i]
        i += 1
        if ch == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif ch == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, ""))
        elif ch == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append((name or "").replace("%", "%%"))
        else:
            out.append("%" + ch)
    return _datetime.strftime("".join(out), *fields)


def _local_offset(seconds):
    # The local zone's UTC offset (as a timedelta) and name at a POSIX timestamp.
    t = _time.localtime(seconds)
    return timedelta(seconds=t.tm_gmtoff), t.tm_zone


def _split_timestamp(t):
    # Whole seconds and microseconds (rounded half to even) of a timestamp.
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        if hasattr(type(t), "__float__"):
            t = float(t)
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    whole = int(t // 1) if t == t and t not in (float("inf"), float("-inf")) else None
    if whole is None:
        raise OverflowError("cannot convert float infinity to integer")
    us = round((t - whole) * 1e6)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    return whole, us


# --- timedelta ----------------------------------------------------------------------------

def _td_accumulate(total, leftover, value, factor, tag):
    if isinstance(value, int):
        return total + int(value) * factor, leftover
    if isinstance(value, float):
        whole = int(value)
        total += whole * factor
        frac = (value - whole) * factor
        part = int(frac)
        return total + part, leftover + (frac - part)
    raise TypeError("unsupported type for timedelta %s component: %s" % (tag, type(value).__name__))


@_ordered
class timedelta:
    """Difference between two datetime values."""

    __type_name__ = "datetime.timedelta"

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                 weeks=0):
        total, leftover = 0, 0.0
        total, leftover = _td_accumulate(total, leftover, days, _US_PER_DAY, "days")
        total, leftover = _td_accumulate(total, leftover, seconds, 1000000, "seconds")
        total, leftover = _td_accumulate(total, leftover, microseconds, 1, "microseconds")
        total, leftover = _td_accumulate(total, leftover, milliseconds, 1000, "milliseconds")
        total, leftover = _td_accumulate(total, leftover, minutes, 60000000, "minutes")
        total, leftover = _td_accumulate(total, leftover, hours, 3600000000, "hours")
        total, leftover = _td_accumulate(total, leftover, weeks, 7 * _US_PER_DAY, "weeks")
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5 and (total + int(whole)) % 2:
                # A tie rounds the whole sum, not the leftover alone, to even.
                whole = whole - 1 if whole > leftover else whole + 1
            total += int(whole)
        days, rest = divmod(total, _US_PER_DAY)
        if not -2 ** 31 <= days < 2 ** 31:
            raise OverflowError("Python int too large to convert to C int")
        if abs(days) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, 1000000)
        self._hashcode = -1

    @staticmethod
    def _from_us(us):
        # Arithmetic results: normalised here, without the constructor's argument checks.
        days, rest = divmod(us, _US_PER_DAY)
        if not -999999999 <= days <= 999999999:
            return timedelta(0, 0, us)  # raises the constructor's OverflowError
        self = _new(timedelta)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, 1000000)
        self._hashcode = -1
        return self

    days = _field("_days")
    seconds = _field("_seconds")
    microseconds = _field("_microseconds")

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ", ".join(parts) or "0")

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other - self
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return op(self._us(), other._us())
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- date ---------------------------------------------------------------------------------

@_ordered
class date:
    """date(year, month, day) --> date object"""

    __type_name__ = "datetime.date"

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __init__(self, year, month=None, day=None):
        if month is None or day is None:
            missing = "month" if month is None else "day"
            pos = 2 if month is None else 3
            raise TypeError("function missing required argument '%s' (pos %d)" % (missing, pos))
        year, month, day = _check_date_fields(year, month, day)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1

    @classmethod
    def fromtimestamp(cls, t):
        return cls._from_datetime(datetime.fromtimestamp(t))

    @classmethod
    def _from_datetime(cls, dt):
        return cls(dt.year, dt.month, dt.day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        try:
            ymd = _parse_isoformat_date(date_string)
        except _IsoError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocalendar_to_ymd(year, week, day))

    year = _field("_year")
    month = _field("_month")
    day = _field("_day")

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[weekday - 1], _MONTH_NAMES[self._month],
                                             self._day, self._year)

    def strftime(self, format):
        return _wrap_strftime(self, format, (self._year, self._month, self._day, 0, 0, 0))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        monday = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            monday = _iso_week1_monday(year)
            week, day = divmod(today - monday, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def _key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return op(self._key(), other._key())
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return NotImplemented
        if isinstance(other, date):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAXORDINAL:
                if type(self) is not date:
                    return type(self)(*_ord2ymd(n))  # subclasses' constructors run, as in C
                new = _new(date)
                new._year, new._month, new._day = _ord2ymd(n)
                new._hashcode = -1
                return new
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


class IsoCalendarDate:
    """The (year, week, weekday) that date.isocalendar() returns: a read-only sequence with
    named fields (a tuple subclass in CPython, which asyncscript classes cannot yet be)."""

    __slots__ = ("_t",)

    def __init__(self, year, week, weekday):
        self._t = (year, week, weekday)

    year = property(lambda self: self._t[0])
    week = property(lambda self: self._t[1])
    weekday = property(lambda self: self._t[2])

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, IsoCalendarDate):
            other = other._t
        return self._t == other

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self._t


def _isocalendar_to_ymd(year, week, day):
    year, week, day = _index(year), _index(week), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and _is_leap(y) else 0) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dstflag))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# --- tzinfo and timezone ------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __type_name__ = "datetime.tzinfo"

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dst


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __type_name__ = "datetime.timezone"

    __slots__ = ("_offset", "_name")

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        self._offset = offset
        self._name = name

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self._name is None and not self._offset and type(self) is timezone:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, name, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (name, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg("utcoffset", dt)
        return self._offset

    def tzname(self, dt):
        self._check_arg("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def dst(self, dt):
        self._check_arg("dst", dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


# --- time ---------------------------------------------------------------------------------

@_ordered
class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __type_name__ = "datetime.time"

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string.startswith("T") else time_string
        try:
            fields = _parse_isoformat_time(s)
        except _IsoError:
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None
        return cls(*fields)

    hour = _field("_hour")
    minute = _field("_minute")
    second = _field("_second")
    microsecond = _field("_microsecond")
    tzinfo = _field("_tzinfo")
    fold = _field("_fold")

    def utcoffset(self):
        return _call_offset(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", None)

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def _fields_repr(self):
        # The repr's arguments; a datetime's repr ends with the same ones for its time fields.
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s

    def __repr__(self):
        return "%s(%s)" % (_type_name(self), self._fields_repr())

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        return _wrap_strftime(self, format, (1900, 1, 1, self._hour, self._minute, self._second))

    # The same rule as a date's: strftime for a non-empty spec, else str().
    __format__ = date.__format__

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        return _compare_offsets(op, self, other, self._us(), other._us(), "times")

    def __eq__(self, other):
        return self._compare(other, _eq)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if not off:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                self._hashcode = hash((t._us() - off._us(),))
        return self._hashcode

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond,
                            self._tzinfo)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime -----------------------------------------------------------------------------

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    __type_name__ = "datetime.datetime"

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                 tzinfo=None, *, fold=0):
        if month is None or day is None:
            missing = "month" if month is None else "day"
            pos = 2 if month is None else 3
            raise TypeError("function missing required argument '%s' (pos %d)" % (missing, pos))
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_us_since_epoch(cls, seconds, us, tz):
        # The naive (UTC, or local when tz is True) fields of a POSIX timestamp.
        days, secs = divmod(seconds, 86400)
        n = days + _EPOCH_ORDINAL
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("year %d is out of range" % (_ord2ymd(max(n, 1))[0] if n > 0 else 0))
        y, m, d = _ord2ymd(n)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        seconds, us = _split_timestamp(t)
        if tz is not None:
            return tz.fromutc(cls._from_us_since_epoch(seconds, us, tz))
        offset, _ = _local_offset(seconds)
        return cls._from_us_since_epoch(seconds + offset.days * 86400 + offset.seconds, us, None)

    @classmethod
    def utcfromtimestamp(cls, t):
        seconds, us = _split_timestamp(t)
        return cls._from_us_since_epoch(seconds, us, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def _from_datetime(cls, dt):
        return cls(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond,
                   dt.tzinfo, fold=dt.fold)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        try:
            sep = _isoformat_separator(date_string)
            ymd = _parse_isoformat_date(date_string[:sep])
            rest = date_string[sep + 1:]
            if sep < len(date_string) and not rest:
                raise _IsoError()
            fields = _parse_isoformat_time(rest) if rest else (0, 0, 0, 0, None)
        except _IsoError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None
        return cls(*(ymd + fields))

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _call_offset(self._tzinfo, "utcoffset", self)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", self)

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def __repr__(self):
        return "%s(%d, %d, %d, %s)" % (_type_name(self), self._year, self._month, self._day,
                                       _time_class._fields_repr(self))

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) +
                _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) +
                _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[weekday - 1],
                                                   _MONTH_NAMES[self._month], self._day,
                                                   self._hour, self._minute, self._second,
                                                   self._year)

    def strftime(self, format):
        return _wrap_strftime(self, format, (self._year, self._month, self._day, self._hour,
                                             self._minute, self._second))

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _build_struct_time(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, 0)

    def _local_timestamp(self):
        # Seconds since the epoch of these naive local fields, as mktime finds them.
        naive = self._epoch_seconds()
        offset, _ = _local_offset(naive)
        guess = naive - (offset.days * 86400 + offset.seconds)
        offset2, _ = _local_offset(guess)
        return naive - (offset2.days * 86400 + offset2.seconds)

    def _epoch_seconds(self):
        days = self.toordinal() - _EPOCH_ORDINAL
        return ((days * 24 + self._hour) * 60 + self._minute) * 60 + self._second

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            off = self.utcoffset()
            if off is None:
                seconds = self._local_timestamp()
            else:
                seconds = (self - off).replace(tzinfo=None)._epoch_seconds()
            offset, name = _local_offset(seconds)
            tz = timezone(offset, name)
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s"
                            % type(tz).__name__)
        if self._tzinfo is tz:
            return self
        off = self.utcoffset()
        if off is None:
            seconds = self._local_timestamp()
            off = _local_offset(seconds)[0]
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _us_naive(self):
        return ((self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60 + self._second)
                * 1000000 + self._microsecond)

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op is _eq:
                    return False
                raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
            return NotImplemented
        return _compare_offsets(op, self, other, self._us_naive(), other._us_naive(), "datetimes")

    def __eq__(self, other):
        return self._compare(other, _eq)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash((t._year, t._month, t._day, t._hour, t._minute, t._second,
                                       t._microsecond))
            else:
                self._hashcode = hash(t._us_naive() - off._us())
        return self._hashcode

    def _plus_us(self, us):
        total = self._us_naive() + us
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, micro = divmod(rest, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        if type(self) is not datetime:
            return type(self)(*_ord2ymd(days), hh, mm, ss, micro, self._tzinfo)
        new = _new(datetime)
        new._year, new._month, new._day = _ord2ymd(days)
        new._hour, new._minute, new._second = hh, mm, ss
        new._microsecond, new._tzinfo, new._fold = micro, self._tzinfo, 0
        new._hashcode = -1
        return new

    def __add__(self, other):
        if isinstance(other, timedelta):
            return self._plus_us(other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self._plus_us(-other._us())
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._us_naive() - other._us_naive()
        if self._tzinfo is not other._tzinfo:
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if a is not None:
                diff -= a._us() - b._us()
        return timedelta._from_us(diff)

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute,
                            self._second, self._microsecond, self._tzinfo)


_date_class = date
_time_class = time
_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# --- ISO 8601 parsing (3.11's fromisoformat rules) ----------------------------------------

class _IsoError(Exception):
    """A string that is not an ISO 8601 form fromisoformat accepts."""


def _digits(s, start, count):
    part = s[start:start + count]
    if len(part) != count or not all("0" <= c <= "9" for c in part):
        raise _IsoError()
    return int(part)


def _isoformat_separator(s):
    # Where the date part of an ISO datetime string ends (the index of the separator).
    n = len(s)
    if n == 7:
        return 7
    if s[4] == "-":
        if s[5] != "W":
            return 10  # YYYY-MM-DD
        if n > 8 and s[8] == "-":
            if n == 9:
                raise _IsoError()
            # YYYY-Www-D, unless a digit at 10 shows the separator was the hyphen at 8.
            return 8 if n > 10 and "0" <= s[10] <= "9" else 10
        return 8  # YYYY-Www
    if s[4] == "W":
        end = 7
        while end < n and "0" <= s[end] <= "9":
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8  # YYYYMMDD


def _parse_isoformat_date(s):
    year = _digits(s, 0, 4)
    pos = 4
    extended = s[pos:pos + 1] == "-"
    if extended:
        pos += 1
    if s[pos:pos + 1] == "W":
        week = _digits(s, pos + 1, 2)
        pos += 3
        day = 1
        if pos < len(s):
            if (s[pos] == "-") != extended:
                raise _IsoError()
            if extended:
                pos += 1
            day = _digits(s, pos, 1)
            pos += 1
        if pos != len(s):
            raise _IsoError()
        try:
            return _isocalendar_to_ymd(year, week, day)
        except ValueError:
            raise _IsoError() from None
    month = _digits(s, pos, 2)
    pos += 2
    if extended:
        if s[pos:pos + 1] != "-":
            raise _IsoError()
        pos += 1
    day = _digits(s, pos, 2)
    if pos + 2 != len(s):
        raise _IsoError()
    return year, month, day


def _parse_hms(s):
    # HH[:MM[:SS[.fff...]]] or the same without colons; returns four ints.
    comps = [0, 0, 0, 0]
    pos = 0
    has_sep = False
    for i in range(3):
        comps[i] = _digits(s, pos, 2)
        pos += 2
        nxt = s[pos:pos + 1]
        if i == 0:
            has_sep = nxt == ":"
        if not nxt or i == 2 or nxt in ".,":
            break
        if has_sep:
            if nxt != ":":
                raise _IsoError()
            pos += 1
    if pos < len(s):
        if s[pos] not in ".,":
            raise _IsoError()
        frac = s[pos + 1:]
        if not frac or not all("0" <= c <= "9" for c in frac):
            raise _IsoError()
        comps[3] = int((frac[:6] + "00000")[:6])
    return comps


def _parse_isoformat_time(s):
    if len(s) < 2:
        raise _IsoError()
    tz_pos = -1
    for mark in "-+Z":
        tz_pos = s.find(mark)
        if tz_pos >= 0:
            break
    tstr = s if tz_pos < 0 else s[:tz_pos]
    hh, mm, ss, us = _parse_hms(tstr)
    tz = None
    if tz_pos >= 0:
        tzstr = s[tz_pos + 1:]
        if s[tz_pos] == "Z":
            if tzstr:
                raise _IsoError()
            tz = _UTC
        else:
            if len(tzstr) in (0, 1, 3):
                raise _IsoError()
            th, tm, ts, tus = _parse_hms(tzstr)
            if not (th or tm or ts or tus):
                tz = _UTC
            else:
                off = timedelta(hours=th, minutes=tm, seconds=ts, microseconds=tus)
                tz = timezone(-off if s[tz_pos] == "-" else off)
    return hh, mm, ss, us, tz
