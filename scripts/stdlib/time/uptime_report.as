# Formatting durations for an uptime report from fixed second counts.
import time

def fmt_duration(secs):
    days, rem = divmod(secs, 86400)
    t = time.gmtime(rem)
    parts = []
    if days:
        parts.append(f"{days}d")
    parts.append(time.strftime("%H:%M:%S", t))
    return " ".join(parts)

for secs in [5, 61, 3599, 3600, 86399, 90061, 1000000]:
    print(f"{secs:>8} s = {fmt_duration(secs)}")
boot = 1700000000
for name, at in [("web", boot + 125), ("db", boot + 86400 * 3 + 42)]:
    print(name, "up since", time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(boot)), "for", fmt_duration(at - boot))
