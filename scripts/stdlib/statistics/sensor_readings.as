# Summarise noisy sensor readings from a seeded generator, with outlier filtering.
import random
import statistics

rng = random.Random(2024)
readings = [round(rng.gauss(21.5, 0.8), 2) for _ in range(40)] + [35.0, -4.0]
print(len(readings), readings[:6])
mu = statistics.mean(readings)
sd = statistics.stdev(readings)
print(f"raw: mean={mu:.4f} stdev={sd:.4f} median={statistics.median(readings)}")
clean = [r for r in readings if abs(r - mu) <= 2 * sd]
print("dropped", sorted(set(readings) - set(clean)))
print("clean mean", statistics.mean(clean), "fmean", statistics.fmean(clean))
print("clean stdev", statistics.stdev(clean), "pstdev", statistics.pstdev(clean))
print("variance", statistics.variance(clean), statistics.variance(clean, statistics.mean(clean)))
print("quartiles", statistics.quantiles(clean), statistics.quantiles(clean, method="inclusive"))
print("median_grouped", statistics.median_grouped([round(r) for r in clean]))
