# Parse dates from several sources with strptime, then with time.strptime.
import time
from datetime import datetime

samples = [
    ("Tue, 05 Mar 2024 10:00:00 +0000", "%a, %d %b %Y %H:%M:%S %z"),
    ("05/03/24 7:05 PM", "%d/%m/%y %I:%M %p"),
    ("March 5, 2024", "%B %d, %Y"),
    ("2024-065", "%Y-%j"),
    ("2024-W10-2", "%G-W%V-%u"),
    ("20240305T101112.5Z", "%Y%m%dT%H%M%S.%f%z"),
    ("12 am", "%I %p"),
    ("2024 10 1", "%Y %W %w"),
    ("5 mar 2024", "%d %b %Y"),
    ("2024-03-05 +05:30", "%Y-%m-%d %z"),
]
for text, fmt in samples:
    dt = datetime.strptime(text, fmt)
    print(f"{text!r:36} {dt!r}")
st = time.strptime("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S")
print(st)
print(st.tm_wday, st.tm_yday, st.tm_isdst, time.strptime("1999", "%Y")[:3])
for text, fmt in [("2024-02-30", "%Y-%m-%d"), ("2024-3-5x", "%Y-%m-%d"), ("10:61", "%H:%M"), ("2024", "%Y %"),
                  ("2024-W10", "%G-W%V"), ("Funday", "%A")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print(type(e).__name__, e)
