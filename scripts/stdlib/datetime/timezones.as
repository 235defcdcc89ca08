# A world clock for an event at a fixed UTC instant, using fixed-offset time zones.
from datetime import datetime, timedelta, timezone

event = datetime(2024, 6, 15, 14, 0, tzinfo=timezone.utc)
zones = {
    "London (BST)": timezone(timedelta(hours=1), "BST"),
    "New York (EDT)": timezone(timedelta(hours=-4), "EDT"),
    "Mumbai": timezone(timedelta(hours=5, minutes=30)),
    "Tokyo": timezone(timedelta(hours=9), "JST"),
    "Chatham": timezone(timedelta(hours=12, minutes=45)),
}
print("event:", event, repr(event))
for name, tz in zones.items():
    local = event.astimezone(tz)
    print(f"{name:15} {local.isoformat()} {local.tzname():9} {local:%d %b %H:%M %z}")
print(repr(zones["Mumbai"]), str(zones["Mumbai"]), repr(timezone(timedelta(0))))
tokyo = event.astimezone(zones["Tokyo"])
print(tokyo == event, tokyo - event, hash(tokyo) == hash(event))
naive = datetime(2024, 6, 15, 14, 0)
print(naive == event)
try:
    print(naive < event)
except TypeError as e:
    print(type(e).__name__, e)
try:
    naive - event
except TypeError as e:
    print(type(e).__name__, e)
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print(type(e).__name__, e)
