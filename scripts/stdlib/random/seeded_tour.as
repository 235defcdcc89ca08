import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5), random.choice("abcdef"))
deck = list(range(20)); random.shuffle(deck); print(deck)
print(random.sample(range(100), 7), random.sample(["a", "b", "c", "d"], k=2), random.choices("xyz", k=5))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=6), random.choices("ab", cum_weights=[1, 10], k=4))
print(random.gauss(0, 1), random.normalvariate(10, 2), random.uniform(1.5, 2.5), random.triangular(0, 10, 3))
print(random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(2.0, 1.0), random.lognormvariate(0, 0.5))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 1.5), random.getrandbits(40))
print(random.randbytes(6).hex() if hasattr(random, "randbytes") else "")
r = random.Random(42)
print([r.randint(0, 9) for _ in range(10)], r.random())
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
random.seed("text seed"); print(random.random())
random.seed(b"bytes"); print(random.random())
random.seed(3.5) if False else random.seed(99); print(random.randrange(10**30), random.randint(-10**20, 10**20))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(1.5, 3)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
random.seed(7)
print(random.sample(set(range(0)) or range(10), 3), random.binomialvariate(10, 0.3) if hasattr(random, "binomialvariate") else "-")
class MyRandom(random.Random):
    pass
print(MyRandom(5).random() == random.Random(5).random())
random.seed(2024)
print([round(random.gauss(100, 15), 3) for _ in range(5)])
print(sorted(random.sample(range(1, 50), 6)))
