import random
from collections import Counter, namedtuple

Card = namedtuple("Card", "rank suit")
deck = [Card(r, s) for s in "SHDC" for r in "A23456789TJQK"]
rng = random.Random(2024)
rng.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for i, hand in enumerate(hands):
    print(i, " ".join(c.rank + c.suit for c in hand), Counter(c.suit for c in hand).most_common(1))
rolls = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000))
print(sorted(rolls.items())[:4], rolls.most_common(1))
print(rng.sample(range(100), 5), rng.choice("xyz"), round(rng.uniform(1, 2), 6))
