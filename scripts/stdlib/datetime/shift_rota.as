# A shift rota: time-of-day comparisons, replace, combine, and overnight shifts.
from datetime import date, datetime, time, timedelta

shifts = [("early", time(6), time(14)), ("late", time(14), time(22)), ("night", time(22), time(6))]
print([repr(t) for _, t, _ in shifts], time(6, 30, 15), time(23, 59, 59, 999999), repr(time()))

def shift_for(moment):
    t = moment.time()
    for name, start, end in shifts:
        if start < end and start <= t < end:
            return name
        if start > end and (t >= start or t < end):
            return name

day = date(2024, 5, 20)
for hour in (5, 6, 13, 14, 21, 22, 23):
    moment = datetime.combine(day, time(hour, 15))
    print(moment.strftime("%H:%M"), shift_for(moment))
name, start, end = shifts[2]
begin = datetime.combine(day, start)
finish = datetime.combine(day + timedelta(days=1), end)
print(name, begin, "->", finish, finish - begin)
print(time(9).replace(minute=45), time(9) < time(9, 0, 1), max(t for _, t, _ in shifts), time.min, time.max)
print(time(8, 30).isoformat("minutes"), hash(time(8)) == hash(time(8, 0)), bool(time(0)))
for bad in [lambda: time(24), lambda: time(1, 60), lambda: time(0, 0, 0, 1_000_000), lambda: time(1, fold=2)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
