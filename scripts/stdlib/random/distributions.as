# Simulated latencies from the distributions, rounded for a report.
import random

random.seed("load-test")
samples = {
    "uniform": [random.uniform(10, 20) for _ in range(3)],
    "gauss": [random.gauss(100, 15) for _ in range(3)],
    "normal": [random.normalvariate(50, 5) for _ in range(3)],
    "expo": [random.expovariate(0.5) for _ in range(3)],
    "tri": [random.triangular(0, 10, 2) for _ in range(3)],
    "beta": [random.betavariate(2, 5) for _ in range(3)],
    "gamma": [random.gammavariate(0.5, 2) + random.gammavariate(3, 1) for _ in range(3)],
    "lognorm": [random.lognormvariate(0, 0.5) for _ in range(3)],
    "vonmises": [random.vonmisesvariate(1, 4) for _ in range(3)],
    "pareto": [random.paretovariate(3) for _ in range(3)],
    "weibull": [random.weibullvariate(1, 1.5) for _ in range(3)],
}
for name, xs in samples.items():
    print(f"{name:9}", [round(x, 6) for x in xs])
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(type(e).__name__, e)
