# A seeded dice game: the same seed gives CPython's exact rolls.
import random

random.seed(1)
print([random.randint(1, 6) for _ in range(5)])

players = ["ann", "bob", "cid"]
scores = {p: 0 for p in players}
for rnd in range(3):
    for p in players:
        roll = random.randint(1, 6) + random.randint(1, 6)
        scores[p] += roll
        print(f"round {rnd + 1}: {p} rolls {roll}")
winner = max(scores, key=scores.get)
print("scores", scores, "winner", winner)
