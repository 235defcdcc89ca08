# A meeting scheduler: weekly slots from a start date, skipping weekends, with durations.
from datetime import date, datetime, time, timedelta

start = date(2024, 2, 26)
slot = time(9, 30)
length = timedelta(minutes=45)

meetings = []
day = start
while len(meetings) < 8:
    if day.weekday() < 5:
        begin = datetime.combine(day, slot)
        meetings.append((begin, begin + length))
    day += timedelta(days=1)

for begin, end in meetings:
    print(f"{begin:%a %d %b %Y} {begin:%H:%M}-{end:%H:%M}  week {begin.isocalendar().week}")
total = sum((end - begin for begin, end in meetings), timedelta())
print("total:", total, repr(total))
print("leap day booked:", any(b.date() == date(2024, 2, 29) for b, _ in meetings))
print("last:", repr(meetings[-1][1]))
