# Durations of a build pipeline: sums, averages, ratios and negative differences.
from datetime import timedelta

steps = {
    "checkout": timedelta(seconds=12, milliseconds=340),
    "compile": timedelta(minutes=4, seconds=31),
    "test": timedelta(minutes=11, seconds=7, microseconds=250000),
    "package": timedelta(seconds=48),
    "deploy": timedelta(minutes=2, seconds=3.5),
}
total = sum(steps.values(), timedelta())
print("total", total, repr(total))
for name, d in steps.items():
    print(f"{name:9} {str(d):>16} {d / total:7.2%} {d.total_seconds():10.3f}s")
print("average", total / len(steps))
print("scaled", total * 1.1, total * 2, 3 * steps["package"])
print("budget left", timedelta(minutes=15) - total)
print("how many deploys per hour", timedelta(hours=1) // steps["deploy"])
print("remainder", timedelta(hours=1) % steps["deploy"])
print("divmod", divmod(total, timedelta(minutes=5)))
print(-timedelta(seconds=1), repr(-timedelta(seconds=1)), abs(timedelta(days=-2, hours=3)))
print(timedelta(days=1, hours=-1), timedelta(weeks=2, days=-15), timedelta(microseconds=-1))
print(max(steps, key=steps.get), sorted(steps.values())[0], timedelta(0) == timedelta(), bool(timedelta()))
print(timedelta.max, timedelta.min, timedelta.resolution)
try:
    timedelta(days=1_000_000_000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    timedelta(minutes="5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    timedelta(1) * timedelta(1)
except TypeError as e:
    print(type(e).__name__, e)
