# A report header with many strftime directives, for dates, times and aware datetimes.
from datetime import date, datetime, time, timedelta, timezone

stamp = datetime(2024, 7, 4, 9, 5, 7, 120000)
formats = ["%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B", "%d/%m/%y %I:%M %p", "%j %U %W %V %G %u %w",
           "%c", "%x %X", "%D %T %R %F", "%e|%k|%l|%-d|%-m", "%%Y literal", "%C %g %h", "week %W of %Y"]
for f in formats:
    print(f"{f!r:26} -> {stamp.strftime(f)!r}")
aware = stamp.replace(tzinfo=timezone(timedelta(hours=-7), "PDT"))
print(aware.strftime("%H:%M %Z (%z)"), stamp.strftime("[%z][%Z]"))
print(date(2024, 7, 4).strftime("%Y %H:%M:%S"), time(21, 15).strftime("%I:%M %p %Y"))
print(f"{date(2024, 7, 4):%d.%m.%Y}", f"{time(7, 8):%H.%M}", format(stamp, ""), "{:%B}".format(stamp))
print(datetime(1, 1, 1).strftime("%Y %y %G"), datetime(999, 12, 31).strftime("%Y-%m-%d"))
try:
    stamp.strftime(42)
except TypeError as e:
    print(type(e).__name__, e)
