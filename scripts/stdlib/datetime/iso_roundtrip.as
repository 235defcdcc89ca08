# An API payload with ISO 8601 timestamps: parse, normalise to UTC, re-serialise.
from datetime import date, datetime, time, timezone

payload = [
    "2024-03-10T14:30:00",
    "2024-03-10T14:30:00Z",
    "2024-03-10T14:30:00.5+02:00",
    "2024-03-10 14:30:00.123456-05:30",
    "20240310T143000",
    "2024-W10-7T08:00",
    "2024-03-10T14",
    "2024-03-10T14:30:00+0100",
    "March 10",
    "2024-03-32",
]
for raw in payload:
    try:
        dt = datetime.fromisoformat(raw)
    except ValueError as e:
        print(f"{raw!r:40} error: {e}")
        continue
    utc = dt.astimezone(timezone.utc) if dt.tzinfo else None
    print(f"{raw!r:40} {dt.isoformat()} utc={utc}")
d = datetime(2024, 3, 10, 14, 30, 15, 123456, tzinfo=timezone.utc)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, d.isoformat(timespec=spec), d.isoformat(" ", spec))
print(date.fromisoformat("2024-03-10"), time.fromisoformat("14:30:15.5"), repr(time.fromisoformat("T14:30Z")))
try:
    d.isoformat(timespec="nanos")
except ValueError as e:
    print(type(e).__name__, e)
try:
    date.fromisoformat(20240310)
except TypeError as e:
    print(type(e).__name__, e)
