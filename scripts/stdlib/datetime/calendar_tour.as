from datetime import datetime, date, time, timedelta, timezone
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 2, 28))
print(repr(d), str(d), d.isoformat(), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.isocalendar().week, d.toordinal(), date.fromordinal(738000), d.ctime())
print(d.replace(day=1), d.timetuple()[:6], d.strftime("%A %d %B %Y %j %U %W %a %b %y %m"))
print(date.fromisoformat("2021-12-31"), date(2020, 1, 1) < date(2020, 1, 2), date.min, date.max)
dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.isoformat(timespec="milliseconds"))
print(dt.date(), dt.time(), dt.timestamp() if dt.tzinfo else "naive")
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %%"), f"{dt:%H:%M}", format(dt, "%d/%m"))
print(datetime.strptime("2023-07-04 09:30", "%Y-%m-%d %H:%M"))
print(datetime.strptime("04/Jul/2023:09:30:01", "%d/%b/%Y:%H:%M:%S"))
print(datetime.fromisoformat("2024-01-02T03:04:05.678+02:00"))
print(datetime.fromisoformat("2024-01-02 03:04"))
print(dt - datetime(2024, 1, 1), (dt - datetime(2024, 1, 1)).total_seconds())
td = timedelta(days=-1, seconds=5)
print(td, repr(td), timedelta(hours=25, minutes=61), repr(timedelta(0)), timedelta(microseconds=1))
print(timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8))
print(repr(timedelta(days=3, seconds=7, microseconds=9)), repr(timedelta(seconds=-1)))
print(timedelta(days=1) / timedelta(hours=1), timedelta(days=1) // timedelta(hours=5), timedelta(days=1) % timedelta(hours=5))
print(timedelta(hours=3) * 2.5, timedelta(hours=3) / 4, -timedelta(hours=1), abs(timedelta(hours=-1)))
print(divmod(timedelta(hours=10), timedelta(hours=3)))
print(timedelta.max, timedelta.min, timedelta.resolution)
print(timedelta(seconds=90).seconds, timedelta(seconds=90).days, timedelta(days=1.5))
tz = timezone(timedelta(hours=5, minutes=30))
print(tz, repr(tz), timezone.utc, repr(timezone.utc), timezone(timedelta(hours=-3), "BRT"))
adt = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
print(adt, adt.astimezone(tz), adt.utcoffset(), adt.tzname(), adt.astimezone(tz).tzname())
print(adt.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400))
print(adt == adt.astimezone(tz), adt.isoformat())
try:
    print(adt < datetime(2024, 1, 1))
except TypeError as e:
    print("TypeError:", e)
try:
    adt - datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
t = time(9, 5, 30, 250)
print(t, repr(t), t.isoformat(), t.replace(hour=23), time(), time.fromisoformat("10:11:12"))
print(t.strftime("%H.%M.%S"), t < time(10), repr(time(1, 2, tzinfo=timezone.utc)))
for bad in [lambda: date(2023, 2, 29), lambda: datetime(2024, 13, 1), lambda: time(25),
            lambda: datetime.strptime("2024-99", "%Y-%m"), lambda: date.fromisoformat("2024/01/01"),
            lambda: datetime.strptime("2024", "%Y %m"), lambda: timedelta(days=1e10),
            lambda: date(2024, 1, 1) + 1]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(datetime.combine(date(2020, 5, 5), time(6, 7)), datetime(2020, 1, 1).replace(tzinfo=tz))
print(sorted([date(2020, 3, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), {date(2020, 1, 1): 1})
print(datetime(2024, 1, 31) + timedelta(days=30), datetime.max, datetime.min)
print(date(2024, 1, 1).strftime("%G-W%V-%u"), datetime(2024, 1, 1, 0, 0).strftime("%c | %x | %X"))
