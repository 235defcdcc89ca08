# Drawing lots, weighted picks and shuffles from a private generator.
import random

rng = random.Random(2024)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print("hand:", deck[:5])
print("raffle:", rng.sample(range(1, 101), 6))
print("weighted:", rng.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
print("cumulative:", rng.choices("abc", cum_weights=[1, 2, 10], k=6))
print("counts:", rng.sample(["gold", "silver"], counts=[2, 5], k=4))
print("choice:", rng.choice("xyz"), rng.randrange(0, 100, 5), rng.randrange(10))
print("bits:", rng.getrandbits(8), rng.getrandbits(100))
for bad in [lambda: rng.choice([]), lambda: rng.randrange(5, 5), lambda: rng.randrange(1, 9, 0),
            lambda: rng.sample({1, 2, 3}, 2), lambda: rng.sample([1, 2], 3),
            lambda: rng.choices("ab", [1, 2, 3])]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
