# A ledger keyed by amounts: Fractions hash like equal ints and floats, so lookups agree.
from fractions import Fraction

ledger = {}
entries = [Fraction(1, 2), 0.5, Fraction(2, 4), 3, Fraction(3), 3.0, Fraction(1, 3), Fraction(-1), -1]
for amount in entries:
    ledger[amount] = ledger.get(amount, 0) + 1
print(ledger)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(7)) == hash(7), hash(Fraction(-1)), hash(Fraction(1, 3)) == hash(Fraction(2, 6)))
print(sorted({Fraction(5, 4), 1, 1.25, Fraction(1, 8), 0.75}), len({Fraction(1, 2), 0.5}))
print(sorted([Fraction(2, 3), 0.6, 1, Fraction(-1, 2), 0.66]), max(Fraction(1, 3), 0.3), min(1, Fraction(99, 100)))
