# Formatting fixed times with strftime, asctime and ctime-style strings.
import time

t = time.gmtime(1700000000)
for fmt in ["%Y-%m-%d", "%H:%M:%S", "%a %d %b %Y", "%A, %B %d", "%j day of year", "%I:%M %p",
            "%y/%m/%d", "%%literal%%", "%Y%m%dT%H%M%S", "%w %U %W"]:
    print(f"{fmt!r:20} -> {time.strftime(fmt, t)!r}")
print(time.asctime(t))
print(time.asctime(time.gmtime(0)))
print(time.strftime("%Y-%m-%d %H:%M", (2024, 2, 29, 13, 5, 0, 3, 60, 0)))
