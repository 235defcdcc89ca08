# median_grouped interpolates within the class interval of the middle value; its result is
# always a float, even for one value, and it converts its data with float().
import statistics

ages = [23, 25, 25, 26, 27, 27, 27, 31, 35, 41]
print("grouped median of ages:", statistics.median_grouped(ages))
print("with 5-year classes:", statistics.median_grouped(ages, 5))
print("one value:", statistics.median_grouped([7]))
print("numeric strings:", statistics.median_grouped(["1", "3", "3"]))
print("medians:", statistics.median(ages), statistics.median_low(ages), statistics.median_high(ages))

for bad in (["low", "high"], [None, None]):
    try:
        statistics.median_grouped(bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    statistics.median_grouped([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
