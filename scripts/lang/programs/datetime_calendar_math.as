# date/datetime/timedelta arithmetic, strftime/strptime, isoformat, time zones, month ranges, errors.
from datetime import datetime, date, timedelta, time, timezone
import datetime as dt

d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isoformat())
print(d.strftime("%A %d %B %Y"), d.strftime("%a %b %j %U %w %y"), d.replace(year=2023) + timedelta(1))
dt1 = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(dt1, repr(dt1), dt1.isoformat(), dt1.isoformat(sep=" ", timespec="seconds"))
print(dt1.strftime("%Y-%m-%d %H:%M:%S.%f %I%p"), dt1.date(), dt1.time(), dt1.timestamp() if False else "")
delta = datetime(2024, 12, 25) - dt1
print(delta, delta.days, delta.seconds, delta.total_seconds(), repr(delta))
print(timedelta(hours=25, minutes=61), timedelta(seconds=-1), timedelta(days=-1, hours=3), -timedelta(minutes=5))
print(timedelta(weeks=2) / timedelta(days=1), timedelta(hours=1) * 2.5, timedelta(hours=3) // 2, timedelta(days=7) % timedelta(days=3))
print(datetime.strptime("2023-07-04 09:05", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2023-07-04T09:05:00"))
print(date.fromisoformat("2020-01-31"), date(2020, 1, 31).toordinal(), date.fromordinal(737455))
utc = timezone.utc
aware = datetime(2024, 1, 1, 12, 0, tzinfo=utc)
est = timezone(timedelta(hours=-5), "EST")
print(aware, aware.astimezone(est), aware.tzname(), aware.utcoffset(), est)
print(datetime(2024, 1, 1, 7, tzinfo=est) == aware, aware.isoformat())
dates = [date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 15)]
print(sorted(dates), max(dates) - min(dates))
print(time(9, 30), time(23, 59, 59, 999999).isoformat(), time(9, 30) < time(10))
print(date(2024, 1, 1).strftime("%d/%m/%Y"), f"{date(2024, 1, 5):%b %d}", f"{dt1:%H:%M}")
def month_range(year, month):
    start = date(year, month, 1)
    end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return start, end
print(month_range(2024, 2), month_range(2023, 12))
print(date.min, date.max, timedelta.max, datetime(2000, 1, 1).replace(hour=5))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2023/01/01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(dt.MINYEAR, dt.MAXYEAR, (datetime(2024, 1, 1) - datetime(2023, 1, 1)).days)
print(datetime(2024, 1, 1) < datetime(2024, 1, 2), hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(timedelta(days=1, seconds=3661).__str__(), str(timedelta(microseconds=1500)), timedelta(0))
