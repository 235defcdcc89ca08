# Breaking fixed timestamps into calendar fields with gmtime.
import time

stamps = [0, 86400 * 365, 951782400, 1700000000, 1709164800]
for ts in stamps:
    t = time.gmtime(ts)
    print(ts, t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
t = time.gmtime(1700000000)
print(t)
print(t[:3], t[-1], len(t), t.tm_zone, t.tm_gmtoff)
year, month, day, *rest = t
print(year, month, day, rest)
print(time.gmtime(1700000000.9).tm_sec)
print(t == time.gmtime(1700000000), t == tuple(t), t < time.gmtime(1800000000))
