# Survey answers: the most common answers, ties, and medians of ordinal ratings.
from statistics import mode, multimode, median_low, median_high, median

colors = "red blue green blue red red yellow blue".split()
print(mode(colors), multimode(colors), multimode("aabbbbccddddeeffffgg"))
ratings = {"poor": 1, "fair": 2, "good": 3, "great": 4, "superb": 5}
answers = ["good", "great", "fair", "good", "superb", "poor", "great", "good"]
scores = [ratings[a] for a in answers]
names = {v: k for k, v in ratings.items()}
print(median(scores), names[median_low(scores)], names[median_high(scores)], mode(answers))
print(multimode([1, 1, 2, 2, 3]), mode([3.5, 2, 3.5]), mode(["x"]), mode((c for c in "mississippi")))
