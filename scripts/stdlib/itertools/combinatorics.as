from itertools import permutations, combinations, combinations_with_replacement, product

print(list(permutations("abc", 2)))
print(len(list(permutations(range(5)))), list(combinations(range(4), 3)))
print(list(combinations_with_replacement("xy", 3)))
print(list(product([0, 1], repeat=3))[:5])
menu = {"main": ["fish", "tofu"], "side": ["rice", "salad"], "drink": ["tea"]}
for combo in product(*menu.values()):
    print(" + ".join(combo))
coins = [1, 2, 5, 10]
print([c for c in combinations(coins, 2) if sum(c) == 12])
print(list(combinations([], 0)), list(permutations([1], 2)))
