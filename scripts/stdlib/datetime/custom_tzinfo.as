# A hand-written tzinfo for a zone with a fixed DST rule, as the datetime docs show.
from datetime import datetime, timedelta, tzinfo, timezone

class SimpleEastern(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start = datetime(dt.year, 3, 10, 2)
        end = datetime(dt.year, 11, 3, 1)
        if start <= dt.replace(tzinfo=None) < end:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "SimpleEastern()"

east = SimpleEastern()
for month in (1, 4, 7, 11, 12):
    dt = datetime(2024, month, 15, 12, 0, tzinfo=east)
    print(dt, dt.tzname(), dt.utcoffset(), dt.dst(), dt.astimezone(timezone.utc).strftime("%H:%M %Z"))
print(repr(datetime(2024, 7, 1, tzinfo=east)))
print(datetime(2024, 1, 1, tzinfo=east).timetuple().tm_isdst, datetime(2024, 7, 1, tzinfo=east).timetuple().tm_isdst)

class Broken(tzinfo):
    pass

try:
    datetime(2024, 1, 1, tzinfo=Broken()).utcoffset()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    datetime(2024, 1, 1, tzinfo="UTC")
except TypeError as e:
    print(type(e).__name__, e)
