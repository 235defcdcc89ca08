# Calendar facts: ordinals, ISO weeks, weekdays of month starts, leap years and limits.
import datetime
from datetime import date

print(datetime.MINYEAR, datetime.MAXYEAR, date.min, date.max, date.resolution)
for year in (1900, 2000, 2023, 2024):
    jan1 = date(year, 1, 1)
    dec31 = date(year, 12, 31)
    print(year, (dec31 - jan1).days + 1, "days", jan1.isocalendar(), dec31.isocalendar(), jan1.strftime("%A"))
firsts = [date(2024, m, 1) for m in range(1, 13)]
print([d.strftime("%b:%a") for d in firsts])
print("mondays", sum(1 for d in firsts if d.weekday() == 0), [d.isoweekday() for d in firsts[:4]])
print(date(2024, 3, 10).toordinal(), date.fromordinal(738955), date.fromordinal(1))
print(date.fromisocalendar(2020, 53, 5), date.fromisocalendar(2024, 1, 1))
d = date(2024, 3, 10)
print(d.timetuple())
print(d.ctime(), d.replace(year=2023), repr(d.replace(month=2, day=29)), d.isocalendar()[1])
for bad in [lambda: date.fromordinal(0), lambda: date.max + datetime.timedelta(days=1),
            lambda: date.min - datetime.timedelta(days=1), lambda: date(2023, 2, 29),
            lambda: date.fromisocalendar(2023, 53, 1), lambda: date(2024, 1, 1.5), lambda: date(2024, 1)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
