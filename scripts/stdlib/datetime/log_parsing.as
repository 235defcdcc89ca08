# Parse timestamps out of log lines with strptime, measure gaps, report bad lines.
from datetime import datetime

lines = [
    "2024-03-01 08:00:00 INFO service started",
    "2024-03-01 08:00:02 INFO connected to db",
    "2024-03-01 08:05:30 WARN slow query",
    "2024/03/01 08:06 ERROR malformed",
    "2024-03-01 09:15:00 INFO heartbeat",
    "2024-03-01 25:00:00 INFO impossible hour",
]

previous = None
for line in lines:
    stamp, _, rest = line[:19], line[19:20], line[20:]
    try:
        when = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    except ValueError as e:
        print("skip:", e)
        continue
    gap = "" if previous is None else f" (+{when - previous})"
    print(f"{when.time()} {rest}{gap}")
    previous = when

try:
    datetime.strptime("2024-03-01 08:00:00 extra", "%Y-%m-%d %H:%M:%S")
except ValueError as e:
    print(type(e).__name__, e)
try:
    datetime.strptime("2024", "%Y %Q")
except ValueError as e:
    print(type(e).__name__, e)
