# Epoch seconds from an event feed: to UTC datetimes and back, with rounding of microseconds.
from datetime import datetime, timezone, timedelta

feed = [0, 86400, 1_000_000_000, 1_700_000_000.5, 1_234_567_890.123456, -1.25, 951782400]
for ts in feed:
    dt = datetime.fromtimestamp(ts, tz=timezone.utc)
    print(f"{ts!r:>20} -> {dt} back={dt.timestamp()!r}")
print(datetime.utcfromtimestamp(1_600_000_000))
epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
moment = datetime(2024, 2, 29, 12, 0, tzinfo=timezone(timedelta(hours=3)))
print((moment - epoch).total_seconds(), moment.timestamp(), moment.utctimetuple()[:6])
print(datetime.fromtimestamp(1e9, timezone(timedelta(hours=-8))).isoformat())
try:
    datetime.fromtimestamp("soon", timezone.utc)
except TypeError as e:
    print(type(e).__name__, e)
