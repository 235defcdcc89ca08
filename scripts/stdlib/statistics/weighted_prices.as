# Average prices weighted by volume, harmonic averages of speeds, and growth rates.
from statistics import fmean, harmonic_mean, geometric_mean, mean

prices = [10.5, 11.25, 9.75, 12.0]
volumes = [100, 250, 50, 400]
print("weighted price", fmean(prices, weights=volumes), "plain", fmean(prices), mean(prices))
print("average speed", harmonic_mean([60, 40]), harmonic_mean([60, 40], weights=[3, 1]))
growth = [1.05, 1.10, 0.97, 1.02]
print("mean growth", geometric_mean(growth), fmean(growth))
print(fmean(x / 2 for x in range(7)), fmean([True, False]), fmean(range(1, 101)))
